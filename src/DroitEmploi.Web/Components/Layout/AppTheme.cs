using MudBlazor;

namespace DroitEmploi.Web.Components.Layout;

public static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            // Every colour carries white text at 4.5:1 or more (RGAA 3.2): MudBlazor's defaults reach 2.1–3.1 for
            // success, warning and info chips.
            Primary = "#1f5f8b",
            Secondary = "#a64f00",
            Success = "#1e6b2f",
            Warning = "#8a4b00",
            Info = "#0b5a8c",
            Error = "#b3261e",
            TextSecondary = "#555555",
            AppbarBackground = "#1f5f8b",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Marianne", "Arial", "Helvetica", "sans-serif"] },
        },
    };
}
