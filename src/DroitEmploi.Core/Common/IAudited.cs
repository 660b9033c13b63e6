namespace DroitEmploi.Core.Common;

/// <summary>Who created and last changed the row, and when; filled by the audit interceptor.</summary>
public interface IAudited
{
    DateTime CreatedAt { get; set; }
    string? CreatedBy { get; set; }
    DateTime UpdatedAt { get; set; }
    string? UpdatedBy { get; set; }
}
