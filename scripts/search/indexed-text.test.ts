import { describe, expect, it } from 'vitest';
import { indexedText } from './indexed-text';

describe('indexedText', () => {
  it('takes only data-pagefind-body text, without ignored parts, scripts or navigation', () => {
    const html = `<html lang="uk"><body><nav>Пошук Меню</nav>
      <div class="prose" data-pagefind-body><p>Поліція <b>забрала</b> паспорт&nbsp;і&#39;</p>
      <div data-pagefind-ignore="all"><p>Гаряча лінія</p></div><img src="a.png" alt=""><br/>
      <script>var x = 1;</script><p>Лікарка</p></div><footer>Підписатися</footer></body></html>`;
    expect(indexedText(html)).toBe("Поліція забрала паспорт і' Лікарка");
  });
  it('reads several body blocks', () => {
    expect(indexedText('<main data-pagefind-body>один</main><p>два</p><div data-pagefind-body>три</div>')).toBe('один три');
  });
});
