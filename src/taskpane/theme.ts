/**
 * Light or dark Fluent theme after Office's: Office gives the body background colour
 * (`Office.context.officeTheme.bodyBackgroundColor`), and a dark background means a dark theme.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance (WCAG) of `#rgb` or `#rrggbb`; null when it is not a hex colour. */
export function luminance(color: string): number | null {
  let hex = color.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = [...hex].map((c) => c + c).join("");
  if (!/^[0-9a-f]{6}$/i.test(hex)) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDarkTheme(officeTheme: { bodyBackgroundColor?: string } | null | undefined): boolean {
  const l = luminance(officeTheme?.bodyBackgroundColor ?? "");
  return l !== null && l < 0.2;
}

export function themeFor(officeTheme: { bodyBackgroundColor?: string } | null | undefined): Theme {
  return isDarkTheme(officeTheme) ? webDarkTheme : webLightTheme;
}
