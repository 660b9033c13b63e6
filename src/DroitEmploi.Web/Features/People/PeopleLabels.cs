using DroitEmploi.Core.Features.People;
using MudBlazor;

namespace DroitEmploi.Web.Features.People;

public static class PeopleLabels
{
    public static Color Colour(this PathState state) => state switch
    {
        PathState.Eligible => Color.Info,
        PathState.Proposed => Color.Warning,
        PathState.Hired => Color.Success,
        PathState.Ineligible or PathState.Withdrawn => Color.Default,
        PathState.Oriented => Color.Secondary,
        _ => Color.Primary,
    };

    public static string Waiting(int days) => days switch
    {
        < 31 => $"{days} j",
        < 365 => $"{days / 30} mois",
        _ => $"{days / 365} an{(days / 365 > 1 ? "s" : "")} {days % 365 / 30} mois",
    };

    public static string French(this DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "lundi",
        DayOfWeek.Tuesday => "mardi",
        DayOfWeek.Wednesday => "mercredi",
        DayOfWeek.Thursday => "jeudi",
        DayOfWeek.Friday => "vendredi",
        DayOfWeek.Saturday => "samedi",
        _ => "dimanche",
    };

    public static readonly DayOfWeek[] WorkWeek =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
}
