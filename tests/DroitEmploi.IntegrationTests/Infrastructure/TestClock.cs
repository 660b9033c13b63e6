using System.Diagnostics;

namespace DroitEmploi.IntegrationTests.Infrastructure;

/// <summary>
/// The application's clock in tests: it starts on a fixed day and moves on with elapsed time, so that
/// dates are the same whatever day the suite runs while timers (the planning sweep, token lifetimes)
/// still fire. Tests read "today" from it, never from the machine.
/// </summary>
public sealed class TestClock : TimeProvider
{
    /// <summary>Monday 16 March 2026, 10:00 in Paris.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    private readonly Stopwatch _elapsed = Stopwatch.StartNew();

    public override DateTimeOffset GetUtcNow() => Start + _elapsed.Elapsed;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
}
