namespace DroitEmploi.Core.Features.Audit;

/// <summary>One change (or one read of personal data) written by whom, when, to what.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? Actor { get; set; }
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    /// <summary>The territory the record belongs to, so that a CLE team can read its own journal.</summary>
    public int? TerritoryId { get; set; }
    /// <summary>JSON of the changed values: {"Name":{"old":"…","new":"…"}}.</summary>
    public string? Changes { get; set; }
}
