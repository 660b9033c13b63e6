using System.Diagnostics;

namespace DroitEmploi.Planning;

/// <summary>
/// When a better schedule's assignments go with the progress: the first one, then one every few
/// seconds, since reading them costs a pass over the model. CP-SAT's phase and the searches each keep one.
/// </summary>
internal sealed class ScheduleShowing(Stopwatch clock, bool firstAtOnce)
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(3);
    private TimeSpan? _last = firstAtOnce ? null : clock.Elapsed;

    public bool Due()
    {
        if (_last is { } last && clock.Elapsed - last < Every)
        {
            return false;
        }
        _last = clock.Elapsed;
        return true;
    }
}
