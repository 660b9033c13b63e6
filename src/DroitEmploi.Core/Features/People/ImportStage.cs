namespace DroitEmploi.Core.Features.People;

/// <summary>What an import job is doing, shown beside its progress bar.</summary>
public enum ImportStage
{
    Waiting,
    Reading,
    Checking,
    Writing,
    Finishing,
    Done,
}
