import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { isDarkTheme, luminance, themeFor } from "./theme";

describe("themeFor", () => {
  it("reads white as light and Office's dark greys as dark", () => {
    expect(luminance("#FFFFFF")).toBeCloseTo(1);
    expect(isDarkTheme({ bodyBackgroundColor: "#ffffff" })).toBe(false);
    expect(isDarkTheme({ bodyBackgroundColor: "#262626" })).toBe(true); // Office "Black"
    expect(isDarkTheme({ bodyBackgroundColor: "#444" })).toBe(true); // Office "Dark Gray"
    expect(isDarkTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(false); // Office "Colorful"
  });
  it("falls back to light when Office says nothing usable", () => {
    expect(themeFor(undefined)).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "transparent" })).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "#1f1f1f" })).toBe(webDarkTheme);
  });
});
