import { test } from './fixtures';
test('measure', async ({ shell, hostUrl }) => {
  await shell.open(hostUrl, '/portfolio');
  await shell.page.waitForTimeout(3000);
  const r = await shell.page.evaluate(() => {
    const t = document.querySelector('[data-testid=portfolio-grid]') as HTMLTableElement;
    const out: string[] = [];
    const ths = [...t.querySelectorAll('thead th')];
    const measure = (el: Element) => { const rg = document.createRange(); rg.selectNodeContents(el); return Math.ceil(rg.getBoundingClientRect().width); };
    ths.forEach((th, j) => {
      let max = 0;
      t.querySelectorAll(`tbody tr`).forEach((tr) => { const td = tr.children[j]; if (td) { const inner = td.firstElementChild ?? td; max = Math.max(max, measure(td)); void inner; } });
      out.push(`${th.textContent} th=${measure(th)} td=${max} col=${(th as HTMLElement).offsetWidth}`);
    });
    const sc = document.querySelector('.portfolio-scroller') as HTMLElement;
    out.push(`scroller client=${sc.clientWidth} scroll=${sc.scrollWidth}`);
    return out.join('\n');
  });
  console.log(r);
});
