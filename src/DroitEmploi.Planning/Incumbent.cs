namespace DroitEmploi.Planning;

/// <summary>
/// The best schedule found so far, shared by searches running side by side: one value per decision
/// of the model, and its cost. An equal cost replaces it too, so that the searches keep moving.
/// </summary>
internal sealed class Incumbent(bool[] values, long objective, Action<long>? onImproved)
{
    private readonly Lock _lock = new();
    private (bool[] Values, long Objective) _current = (values, objective);

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
                onImproved?.Invoke(objective);
            }
        }
    }
}
