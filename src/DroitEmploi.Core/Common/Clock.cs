namespace DroitEmploi.Core.Common;

public static class Clock
{
    /// <summary>Today in France, where the territories are.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public static DateTime UtcNow(this TimeProvider clock) => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// The latest birth date of someone under <paramref name="age"/> on <paramref name="date"/> is after
    /// this one: a database compares dates where <see cref="AgeOn"/> cannot run. Born on 29 February,
    /// one turns a year older on 28 February in years without one, as <see cref="AgeOn"/> counts.
    /// </summary>
    public static DateOnly BornAfterFor(int age, DateOnly date)
    {
        var limit = date.AddYears(-age);
        var leapDay = limit.Month == 2 && limit.Day == 28 && DateTime.IsLeapYear(limit.Year) && !DateTime.IsLeapYear(date.Year) && date is { Month: 2, Day: 28 };
        return leapDay ? limit.AddDays(1) : limit;
    }

    /// <summary>Age in whole years on a date.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly date)
    {
        var age = date.Year - birthDate.Year;
        return birthDate.AddYears(age) > date ? age - 1 : age;
    }
}
