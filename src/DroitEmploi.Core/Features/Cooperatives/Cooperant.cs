using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.People;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>
/// A person testing activities in a KPA. A volunteer of the registry oriented to the KPA is linked, not copied:
/// their name and birth date stay on the registry's record, and only a newcomer's are kept here.
/// </summary>
public class Cooperant : TrackedEntity
{
    public int Id { get; set; }
    public int KpaId { get; set; }
    /// <summary>The registry's record of a volunteer oriented to the KPA.</summary>
    public int? PersonId { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>The name the cooperant trades under, printed on their invoices.</summary>
    public string? TradeName { get; set; }
    /// <summary>The KPA referent who follows them and signs their CAPE.</summary>
    public string Referent { get; set; } = "";
    /// <summary>The DroitEmploi account that reads this record (role Coopérant·e).</summary>
    public string? AccountId { get; set; }
    /// <summary>The contributor who accompanies them.</summary>
    public int? ContributorId { get; set; }
    public List<SignUpDocument> DocumentsSeen { get; set; } = [];
    /// <summary>On a social minimum (RSA, ASS, AAH): some portage structures waive their fixed fee then.</summary>
    public bool OnMinimumIncome { get; set; }
    /// <summary>No activity before the insurance form is validated.</summary>
    public DateOnly? InsuranceValidatedOn { get; set; }
    public DateOnly? SignedByCooperantOn { get; set; }
    public DateOnly? SignedByReferentOn { get; set; }
    public DateOnly? SignedByCoordinatorOn { get; set; }
    public DateTime? AnonymisedAt { get; set; }
    public List<JourneyStep> Steps { get; set; } = [];

    public static Cooperant Register(int kpaId, CooperantInput input, Person? linked)
    {
        var cooperant = new Cooperant { KpaId = kpaId };
        cooperant.Revise(input, linked);
        return cooperant;
    }

    public void Revise(CooperantInput input, Person? linked)
    {
        if (input.PersonId is not null)
        {
            if (linked is null)
            {
                throw ValidationFailedException.For("personId", "Cette personne n'est pas dans le registre du territoire du KPA.");
            }
            if (linked.State != PathState.Oriented || linked.Transitions.OrderBy(t => t.At).LastOrDefault()?.Orientation != Orientation.Kpa)
            {
                throw ValidationFailedException.For("personId", "Seul·e un·e volontaire orienté·e vers un KPA se lie à une fiche de coopérant·e : orientez-la d'abord depuis le registre.");
            }
            PersonId = linked.Id;
            FirstName = null;
            LastName = null;
            BirthDate = null;
        }
        else
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(input.FirstName))
            {
                errors["firstName"] = ["Indiquez le prénom."];
            }
            if (string.IsNullOrWhiteSpace(input.LastName))
            {
                errors["lastName"] = ["Indiquez le nom."];
            }
            if (input.BirthDate is null)
            {
                errors["birthDate"] = ["Indiquez la date de naissance : un KPA accueille à partir de 16 ans."];
            }
            if (errors.Count > 0)
            {
                throw new ValidationFailedException(errors);
            }
            PersonId = null;
            FirstName = input.FirstName!.Trim();
            LastName = input.LastName!.Trim();
            BirthDate = input.BirthDate;
        }
        Email = TextInput.Optional(input.Email);
        Phone = TextInput.Optional(input.Phone);
        TradeName = TextInput.Optional(input.TradeName);
        Referent = input.Referent.Trim();
        DocumentsSeen = input.DocumentsSeen.Distinct().Order().ToList();
        OnMinimumIncome = input.OnMinimumIncome;
    }

    public void AccompaniedBy(Contributor? contributor)
    {
        if (contributor is not null && contributor.KpaId != KpaId)
        {
            throw ValidationFailedException.For("contributorId", "Ce contributeur n'accompagne pas dans ce KPA.");
        }
        ContributorId = contributor?.Id;
    }

    public void ValidateInsurance(DateOnly on)
    {
        if (InsuranceValidatedOn is not null)
        {
            throw new BusinessRuleException($"L'assurance est validée depuis le {InsuranceValidatedOn:dd/MM/yyyy}.");
        }
        InsuranceValidatedOn = on;
    }

    /// <summary>Records one of the CAPE's three signatures; each is given once.</summary>
    public void Sign(CapeSigner signer, DateOnly on)
    {
        var already = signer switch
        {
            CapeSigner.Cooperant => SignedByCooperantOn,
            CapeSigner.Referent => SignedByReferentOn,
            _ => SignedByCoordinatorOn,
        };
        if (already is not null)
        {
            throw new BusinessRuleException($"Cette signature est enregistrée depuis le {already:dd/MM/yyyy}.");
        }
        switch (signer)
        {
            case CapeSigner.Cooperant: SignedByCooperantOn = on; break;
            case CapeSigner.Referent: SignedByReferentOn = on; break;
            default: SignedByCoordinatorOn = on; break;
        }
    }

    public bool CapeSigned => SignedByCooperantOn is not null && SignedByReferentOn is not null && SignedByCoordinatorOn is not null;

    public bool SignUpComplete => CapeSigned && InsuranceValidatedOn is not null && DocumentsSeen.Count == Enum.GetValues<SignUpDocument>().Length;

    /// <summary>
    /// Adds a step after checking it against the journey so far and the KPA's limit; a CAPE is signed by the
    /// cooperant, the referent and the coordinator before it starts.
    /// </summary>
    public JourneyStep Record(JourneyStepInput input, Kpa kpa, DateOnly birthDate)
    {
        var step = new JourneyStep
        {
            CooperantId = Id,
            Kind = input.Kind,
            On = input.On!.Value,
            Contract = input.Kind == JourneyStepKind.Contract ? input.Contract : null,
            EndsOn = input.Kind is JourneyStepKind.Contract or JourneyStepKind.Renewal or JourneyStepKind.Amendment ? input.EndsOn : null,
            ContractNumber = input.Kind is JourneyStepKind.Contract or JourneyStepKind.Renewal or JourneyStepKind.Amendment ? TextInput.Optional(input.ContractNumber) : null,
            ExitReason = input.Kind == JourneyStepKind.Exit ? input.ExitReason : null,
            Stage = input.Kind == JourneyStepKind.Stage ? input.Stage : null,
            Note = TextInput.Optional(input.Note),
        };
        if (step.Kind == JourneyStepKind.Contract && step.Contract == CooperantContractKind.Cape && !CapeSigned)
        {
            throw new BusinessRuleException("Le CAPE doit être signé par la personne, son ou sa référent·e et la coordination avant de commencer.");
        }
        CooperantJourney.Replay(Steps, kpa.LongestPathYears).Check(step, birthDate);
        Steps.Add(step);
        return step;
    }

    /// <summary>
    /// No activity before the insurance form is validated, nor outside a contract: the service of a day is refused
    /// with the reason. Returns the day's situation, whose contract the invoice mentions.
    /// </summary>
    public CooperantSituation EnsureMayWork(Kpa kpa, DateOnly day)
    {
        if (InsuranceValidatedOn is not { } insured || insured > day)
        {
            throw new BusinessRuleException("L'assurance n'est pas validée à cette date : aucune activité avant. Voyez votre référent·e.");
        }
        var situation = SituationAt(kpa, day);
        if (!situation.Present || situation.Contract is null)
        {
            throw new BusinessRuleException("Aucun contrat ne couvre ce jour-là : une prestation se fait sous contrat (CAPE…).");
        }
        return situation;
    }

    /// <summary>
    /// What the invoice says of who did the work: the cooperant's trade name and the CAPE (number and end), the CAE
    /// issuing the invoice for the KPA.
    /// </summary>
    public static string InvoiceMention(string kpaName, string name, string? tradeName, CooperantSituation situation)
    {
        var contract = situation.Contract!.Value.French()
            + (situation.ContractNumber is null ? "" : $" n° {situation.ContractNumber}")
            + (situation.ContractEndsOn is { } end ? $" jusqu'au {end:dd/MM/yyyy}" : "");
        var who = $"{kpaName} — {tradeName ?? name} ({name})";
        // The invoice keeps 200 characters for it: the contract is the mention that must stay whole.
        var room = MentionLength - contract.Length - 2;
        return $"{(who.Length > room ? who[..(room - 1)] + "…" : who)}, {contract}";
    }

    public const int MentionLength = 200;

    /// <summary>A record created by an orientation from the registry waits for the KPA to name the referent.</summary>
    public const string ReferentToAppoint = "À désigner par la coordination";

    public CooperantSituation SituationAt(Kpa kpa, DateOnly at) => CooperantJourney.SituationAt(Steps, kpa.LongestPathYears, at);
}
