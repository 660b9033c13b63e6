namespace DroitEmploi.Core.Features.People;

/// <summary>
/// The CLE team's decision after a meeting, next to what the system proposed that day. Decisions are
/// never edited: a new assessment adds a row, so the history stays readable.
/// </summary>
public class EligibilityDecision
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public DateOnly AssessedOn { get; set; }
    public bool ProposedEligible { get; set; }
    public List<string> ProposalReasons { get; set; } = [];
    public bool Eligible { get; set; }
    public List<EvidenceKind> Evidence { get; set; } = [];
    public string? Comment { get; set; }
    public string DecidedBy { get; set; } = "";
    public DateTime DecidedAt { get; set; }
}
