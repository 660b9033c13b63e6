namespace DroitEmploi.Core.Features.Cooperatives;

public sealed record JourneyStepView(
    int Id,
    JourneyStepKind Kind,
    DateOnly On,
    CooperantContractKind? Contract,
    DateOnly? EndsOn,
    string? ContractNumber,
    ExitReason? ExitReason,
    JourneyStage? Stage,
    string? Note)
{
    public static JourneyStepView Of(JourneyStep step) =>
        new(step.Id, step.Kind, step.On, step.Contract, step.EndsOn, step.ContractNumber, step.ExitReason, step.Stage, step.Note);
}
