using System.Globalization;

namespace DroitEmploi.Web.Components.Shared;

/// <summary>Dates and numbers as French readers expect them.</summary>
public static class Formats
{
    public static readonly CultureInfo French = Core.Common.French.Culture;

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", French) ?? "—";

    public static string Date(DateTime? moment) => moment is null ? "—" : moment.Value.ToLocalTime().ToString("d MMM yyyy 'à' HH:mm", French);

    public static string Number(int? value) => value?.ToString("N0", French) ?? "—";

    /// <summary>A list typed as "réemploi, couture" in one field.</summary>
    public static List<string> SplitList(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>A duration as people say it: "7 h", "3 h 30", never "3.5".</summary>
    public static string Hours(int minutes) => minutes % 60 == 0 ? $"{minutes / 60} h" : $"{minutes / 60} h {minutes % 60:00}";

    /// <summary>Weekly hours as people say them: "24 h", "24 h 30".</summary>
    public static string Hours(decimal hours) => Hours((int)Math.Round(hours * 60, MidpointRounding.AwayFromZero));

    /// <summary>A dated parameter as people read it: "15 %", "12,02 €", "35 h", "12 mois".</summary>
    public static string Parameter(decimal value, string unit) => unit switch
    {
        "taux" => (value * 100).ToString("0.##", French) + " %",
        "€" => Euros(value),
        "heures" => value.ToString("0.##", French) + " h",
        _ => $"{value.ToString("0.##", French)} {unit}".TrimEnd(),
    };

    /// <summary>A time of day as people say it: "9 h", "12 h 30".</summary>
    public static string Time(TimeOnly time) => time.Minute == 0 ? $"{time.Hour} h" : $"{time.Hour} h {time.Minute:00}";

    /// <summary>A shift as an employee reads it: "de 9 h à 16 h (7 h)", or its length alone when its start is unknown.</summary>
    public static string Shift(TimeOnly? start, int minutes) =>
        start is { } from ? $"de {Time(from)} à {Time(from.AddMinutes(minutes))} ({Hours(minutes)})" : Hours(minutes);

    public static string Euros(decimal amount) => amount.ToString("#,##0.00 €", French);

    public static string Month(int year, int month) => new DateTime(year, month, 1).ToString("MMMM yyyy", French);
}
