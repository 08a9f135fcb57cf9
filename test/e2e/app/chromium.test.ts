import { launchChromium } from '../chromium';

describe('launchChromium', () => {
  it('fails with the install command when the browser is missing, instead of skipping', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(
      /missing at \/nonexistent\/chromium.*apt-get install -y chromium/,
    );
  });

  it('starts the headless browser of this machine', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent('<p>ready</p>');
      expect(await page.textContent('p')).toBe('ready');
    } finally {
      await browser.close();
    }
  });
});
