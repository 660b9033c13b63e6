namespace DroitEmploi.Core.Features.Audit;

public static class AuditActions
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Deleted = "Deleted";
    public const string Read = "Read";
    public const string Exported = "Exported";
    public const string Imported = "Imported";
    /// <summary>A signed-in user was refused a record, or told it does not exist.</summary>
    public const string Refused = "Refused";
}
