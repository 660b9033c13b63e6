namespace DroitEmploi.Planning;

/// <summary>
/// The best schedule found so far, shared by searches running side by side: one value per decision
/// of the model, and its cost. An equal cost replaces it too, so that the searches keep moving.
/// </summary>
internal sealed class Incumbent(bool[] values, long objective, Action<bool[], long, long>? onImproved)
{
    private readonly Lock _lock = new();
    private (bool[] Values, long Objective) _current = (values, objective);
    private long _bound = long.MinValue;

    public (bool[] Values, long Objective) Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    /// <summary>The best lower bound a search has proved on every schedule's cost (long.MinValue when none).</summary>
    public long Bound
    {
        get
        {
            lock (_lock)
            {
                return _bound;
            }
        }
    }

    /// <summary>Whether the best schedule is proved optimal: nothing left for the searches to do.</summary>
    public bool Proved
    {
        get
        {
            lock (_lock)
            {
                return _current.Objective <= _bound;
            }
        }
    }

    public void OfferBound(long bound)
    {
        lock (_lock)
        {
            _bound = Math.Max(_bound, bound);
        }
    }

    public void Offer(bool[] values, long objective)
    {
        lock (_lock)
        {
            if (objective > _current.Objective)
            {
                return;
            }
            var improved = objective < _current.Objective;
            _current = (values, objective);
            // Reported under the lock, so that progress is never told an older cost after a newer one.
            if (improved)
            {
                onImproved?.Invoke(values, objective, _bound);
            }
        }
    }
}
