namespace DroitEmploi.Core.Features.People;

/// <summary>How import jobs are run (settings <c>Imports:ChunkRows</c> and <c>Imports:HeartbeatTimeoutSeconds</c>).</summary>
public sealed record ImportSettings
{
    /// <summary>Rows per write: about half a second on either database.</summary>
    public int ChunkRows { get; init; } = 20_000;

    /// <summary>A heartbeat older than this means the node running the job is gone; it is also how often the sweep looks.</summary>
    public TimeSpan HeartbeatTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
