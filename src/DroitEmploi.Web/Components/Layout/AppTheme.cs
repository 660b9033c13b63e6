using MudBlazor;

namespace DroitEmploi.Web.Components.Layout;

public static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5f8b",
            Secondary = "#e07a1f",
            AppbarBackground = "#1f5f8b",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Marianne", "Arial", "Helvetica", "sans-serif"] },
        },
    };
}
