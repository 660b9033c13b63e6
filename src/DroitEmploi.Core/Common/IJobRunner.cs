namespace DroitEmploi.Core.Common;

/// <summary>
/// Long work recorded in the database and run by a worker on any node (decision 0006): schedules to
/// compute, files to import. The worker asks for the next job and sweeps the jobs of dead nodes.
/// </summary>
public interface IJobRunner
{
    /// <summary>What the jobs are, for the log.</summary>
    string JobKind { get; }

    /// <summary>How often the worker looks for jobs whose node died.</summary>
    TimeSpan SweepInterval { get; }

    /// <summary>Queues again, or fails, the running jobs whose node died; returns how many.</summary>
    Task<int> SweepAsync(CancellationToken cancellationToken);

    /// <summary>Runs the oldest queued job, if any; true when one was run.</summary>
    Task<bool> RunNextAsync(CancellationToken cancellationToken);
}
