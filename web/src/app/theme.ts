import type { ThemeConfig } from 'antd/es/config-provider';

/**
 * Ant Design's default blue, red and grey texts fall under the 4.5:1 contrast that WCAG AA asks
 * for; these darker tokens keep every text readable. DejaVu Sans comes before Arial because
 * Linux's Arial stand-in has no Kazakh letters.
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorPrimaryHover: '#0b4fc0',
    colorPrimaryActive: '#003eb3',
    colorLink: '#0958d9',
    colorLinkHover: '#003eb3',
    colorErrorHover: '#a8071a',
    colorError: '#c41d1d',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    fontFamily:
      "-apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif",
    borderRadius: 4,
  },
};
