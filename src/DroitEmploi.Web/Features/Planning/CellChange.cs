namespace DroitEmploi.Web.Features.Planning;

/// <summary>A cell of the board changed by hand: the slot chosen for a contract on a day (none to clear it).</summary>
public sealed record CellChange(int ContractId, DateOnly Date, string? SlotId);
