using System.Net;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Territories;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.People;

/// <summary>A territory of its own with one EBE, so that a test controls its whole waiting list.</summary>
public sealed class RegistryScenario : IDisposable
{
    private RegistryScenario(HttpClient admin, int territoryId, int employmentCompanyId)
    {
        Admin = admin;
        TerritoryId = territoryId;
        EmploymentCompanyId = employmentCompanyId;
    }

    public HttpClient Admin { get; }
    public int TerritoryId { get; }
    public int EmploymentCompanyId { get; }

    public static async Task<RegistryScenario> CreateAsync(AppFactory app)
    {
        var admin = await app.ClientForAsync(Administrator);
        var territory = await (await admin.PostJsonAsync("/api/v1/territories", new TerritoryInput
        {
            Name = $"Territoire d'essai {Guid.NewGuid():N}",
            Ambitions = [new AmbitionInput { TargetDate = new DateOnly(2027, 12, 31), JobsInEmploymentCompanies = 20 }],
        })).OkAsync<TerritoryDetails>(HttpStatusCode.Created);
        var ebe = await (await admin.PostJsonAsync("/api/v1/organisations", new OrganisationInput
        {
            Name = $"EBE d'essai {Guid.NewGuid():N}",
            Kind = OrganisationKind.EmploymentCompany,
            Territories = [new TerritoryLinkInput { TerritoryId = territory.Id, Role = TerritoryRole.EmploymentCompany }],
        })).OkAsync<OrganisationDetails>(HttpStatusCode.Created);
        return new RegistryScenario(admin, territory.Id, ebe.Id);
    }

    public static PersonInput Volunteer(string lastName, DateOnly candidacy, string firstName = "Camille") => new()
    {
        LastName = lastName,
        FirstName = firstName,
        BirthDate = new DateOnly(1975, 5, 17),
        Sex = Sex.Female,
        LivesInTerritorySince = new DateOnly(2010, 1, 1),
        InPerimeter = true,
        DeprivedOfEmploymentSince = new DateOnly(2019, 1, 1),
        WeeklyHoursWished = 24,
        WishedActivities = ["friperie"],
        CandidacyDate = candidacy,
        ConsentGiven = true,
    };

    public async Task<PersonDetails> RegisterAsync(PersonInput input) =>
        await (await Admin.PostJsonAsync($"/api/v1/territories/{TerritoryId}/people", input)).OkAsync<PersonDetails>(HttpStatusCode.Created);

    public async Task<PersonDetails> RegisterEligibleAsync(string lastName, DateOnly candidacy, IncomeSupport support = IncomeSupport.None)
    {
        var input = Volunteer(lastName, candidacy);
        input.IncomeSupport = support;
        var person = await RegisterAsync(input);
        return await (await Admin.PostJsonAsync($"/api/v1/people/{person.Id}/eligibility-decisions",
            new EligibilityDecisionInput { Eligible = true, Evidence = [EvidenceKind.FranceTravailHistory] })).OkAsync<PersonDetails>();
    }

    public async Task<WaitingList> WaitingListAsync(string query = "") =>
        await (await Admin.GetAsync($"/api/v1/territories/{TerritoryId}/waiting-list?{query}")).OkAsync<WaitingList>();

    public void Dispose() => Admin.Dispose();
}
