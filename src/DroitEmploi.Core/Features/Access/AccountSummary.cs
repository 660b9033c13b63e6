namespace DroitEmploi.Core.Features.Access;

/// <summary>An account as its administrators see it; <see cref="CanManage"/> says whether this reader may deactivate or reset it.</summary>
public sealed record AccountSummary(
    string Id, string Email, string DisplayName, bool IsActive, bool HasPassword, DateTime? InvitedAt, DateTime? DeactivatedAt,
    IReadOnlyList<MembershipView> Memberships, bool CanManage);
