using DroitEmploi.Core.Features.Directory;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A KPA's profile with its three structures, and figures that name nobody.</summary>
public sealed record KpaView(
    int Id,
    string Name,
    string? City,
    OrganisationRef? Carrier,
    OrganisationRef? Portage,
    OrganisationRef? Host,
    KpaAudience Audience,
    int LongestPathYears,
    string Network,
    int ReminderDays,
    int Version,
    KpaFigures Figures,
    bool CanDescribe,
    bool CanSeeCooperants,
    bool CanManageCooperants);
