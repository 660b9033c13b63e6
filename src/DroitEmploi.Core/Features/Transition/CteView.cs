namespace DroitEmploi.Core.Features.Transition;

/// <summary>A CTE as its page shows it: the directory's name and territories, its currency and convention, figures without names.</summary>
public sealed record CteView(
    int Id, string Name, string? LegalForm, IReadOnlyList<string> Territories, string? LocalCurrency, string? RsaConvention,
    int Members, int Holders, int ActiveGrants, decimal PaidThisYear, bool CanManage, bool CanDescribe, int Version);
