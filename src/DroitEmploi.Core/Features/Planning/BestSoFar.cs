using DroitEmploi.Planning;

namespace DroitEmploi.Core.Features.Planning;

/// <summary>
/// What the optimiser has found so far, written by its threads and read every second by the job's
/// watcher: the cost, the bound, and the latest week the engine handed over with its progress.
/// </summary>
internal sealed class BestSoFar
{
    private readonly Lock _lock = new();
    private long? _objective;
    private long? _bound;
    private IReadOnlyList<Assignment>? _draft;
    private int _draftNumber;

    public void Take(SolveProgress progress)
    {
        lock (_lock)
        {
            (_objective, _bound) = (progress.Objective, progress.BestBound);
            if (progress.Assignments is { } assignments)
            {
                _draft = assignments;
                _draftNumber++;
            }
        }
    }

    public (long? Objective, long? Bound, IReadOnlyList<Assignment>? Draft, int DraftNumber) Read()
    {
        lock (_lock)
        {
            return (_objective, _bound, _draft, _draftNumber);
        }
    }
}
