using System.Globalization;

namespace DroitEmploi.Core.Common;

/// <summary>Weeks as people write them: 2026-W48, Monday to Sunday.</summary>
public static class IsoWeeks
{
    public static DateOnly Monday(string week)
    {
        var parts = (week ?? "").Trim().ToUpperInvariant().Split("-W");
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var number)
            || year is < 2000 or > 2100 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            throw ValidationFailedException.For("week", $"« {week} » n'est pas une semaine : écrivez-la AAAA-Wss, par exemple 2026-W48.");
        }
        return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday));
    }

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The week as people say it: "du lundi 30 novembre au dimanche 6 décembre".</summary>
    public static string Label(DateOnly monday) =>
        $"du {monday.ToString("dddd d MMMM", French.Culture)} au {monday.AddDays(6).ToString("dddd d MMMM", French.Culture)}";

    public static string Name(DateOnly monday) =>
        $"{ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)):00}";
}
