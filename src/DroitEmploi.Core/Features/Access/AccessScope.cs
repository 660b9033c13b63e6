using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Access;

/// <summary>
/// What one signed-in user may see and change. Feature services take it explicitly, so that every
/// read and write is checked the same way whether it comes from a page or from the API.
/// </summary>
public sealed class AccessScope
{
    public AccessScope(string userId, string userName, IEnumerable<ScopedRole> roles, IEnumerable<int> organisationTerritoryIds)
    {
        UserId = userId;
        UserName = userName;
        Roles = roles.ToList();
        IsAdministrator = Roles.Any(r => r.Role == Role.Administrator);
        IsFunder = Roles.Any(r => r.Role == Role.Funder);
        _organisationTerritoryIds = organisationTerritoryIds.ToHashSet();
    }

    private readonly HashSet<int> _organisationTerritoryIds;

    /// <summary>The platform itself, for start-up work such as seeding the demo data.</summary>
    public static AccessScope System { get; } = new("system", "système", [new ScopedRole(Role.Administrator, null, null)], []);

    public string UserId { get; }
    public string UserName { get; }
    public IReadOnlyList<ScopedRole> Roles { get; }
    public bool IsAdministrator { get; }
    public bool IsFunder { get; }

    /// <summary>Territories whose non-public data this user may read (null: all of them).</summary>
    public IReadOnlySet<int>? ReadableTerritoryIds => IsAdministrator || IsFunder
        ? null
        : Roles.Where(r => r.TerritoryId is not null).Select(r => r.TerritoryId!.Value)
            .Concat(_organisationTerritoryIds).ToHashSet();

    public bool CanReadTerritory(int territoryId) => ReadableTerritoryIds?.Contains(territoryId) ?? true;

    public bool CanManageTerritory(int territoryId) =>
        IsAdministrator || Roles.Any(r => r.Role == Role.CleTeam && r.TerritoryId == territoryId);

    public bool CanCreateTerritory => IsAdministrator;

    /// <summary>Territories where this user may register organisations in the directory.</summary>
    public IEnumerable<int> ManagedTerritoryIds => Roles.Where(r => r.Role == Role.CleTeam && r.TerritoryId is not null)
        .Select(r => r.TerritoryId!.Value);

    public bool ManagesOrganisation(int organisationId) => IsAdministrator || Roles.Any(r =>
        r.OrganisationId == organisationId && r.Role is Role.EbeManagement or Role.KpaCoordination);

    /// <summary>
    /// Selling — issuer, clients, catalogue, invoices, payments — is the organisation's management's and the people it
    /// names for accounting; nobody else sees its clients.
    /// </summary>
    public bool CanSell(int organisationId) => ManagesOrganisation(organisationId)
        || Roles.Any(r => r.OrganisationId == organisationId && r.Role == Role.Accounting);

    /// <summary>Recording a service done for a client, from the phone: the organisation's employees, and those who sell for it.</summary>
    public bool CanRecordServices(int organisationId) => CanSell(organisationId)
        || Roles.Any(r => r.OrganisationId == organisationId && r.Role is Role.Employee or Role.Cooperant);

    public void EnsureCanRecordServices(int organisationId)
    {
        if (!CanRecordServices(organisationId))
        {
            throw new NotFoundException(OrganisationNotFound);
        }
    }

    /// <summary>The organisations for which this user records services as an employee or a KPA's cooperant.</summary>
    public IEnumerable<int> ServiceRecordingOrganisationIds => Roles
        .Where(r => r.OrganisationId is not null && r.Role is Role.Employee or Role.Cooperant).Select(r => r.OrganisationId!.Value).Distinct();

    /// <summary>The organisations whose sales this user handles.</summary>
    public IEnumerable<int> SellingOrganisationIds => Roles
        .Where(r => r.OrganisationId is not null && r.Role is Role.EbeManagement or Role.KpaCoordination or Role.Accounting)
        .Select(r => r.OrganisationId!.Value).Distinct();

    public void EnsureCanSell(int organisationId)
    {
        if (!CanSell(organisationId))
        {
            throw new NotFoundException(OrganisationNotFound);
        }
    }

    public IEnumerable<int> OrganisationIds => Roles.Where(r => r.OrganisationId is not null).Select(r => r.OrganisationId!.Value);

    /// <summary>Only the territory's CLE team (and administrators) see who the volunteers are.</summary>
    public bool CanSeeIdentities(int territoryId) => CanManageTerritory(territoryId);

    public void EnsureCanSeeIdentities(int territoryId)
    {
        EnsureCanReadTerritory(territoryId);
        if (!CanSeeIdentities(territoryId))
        {
            throw new ForbiddenException("Seule l'équipe projet du CLE du territoire voit les fiches des volontaires.");
        }
    }

    /// <summary>
    /// An organisation's figures (funding statement, ETP, headcounts): those who read one of its territories,
    /// funders, and its own management — never its employees, who see only their own contract.
    /// </summary>
    public bool CanReadOrganisationFigures(OrganisationAccess organisation) =>
        IsFunder || organisation.TerritoryIds.Any(CanReadTerritory)
        || Roles.Any(r => r.OrganisationId == organisation.Id && r.Role is not (Role.Employee or Role.Cooperant or Role.RteHolder));

    /// <summary>Who works in an organisation (contracts, schedules): its management and the CLE teams of its territories.</summary>
    public bool CanSeeOrganisationStaff(OrganisationAccess organisation) =>
        ManagesOrganisation(organisation.Id) || organisation.TerritoryIds.Any(CanSeeIdentities);

    public void EnsureCanReadOrganisationFigures(OrganisationAccess organisation)
    {
        if (!CanReadOrganisationFigures(organisation))
        {
            // An employee knows their EBE exists; anyone else is not told.
            throw OrganisationIds.Contains(organisation.Id)
                ? new ForbiddenException("Un·e salarié·e voit son contrat et son planning, pas les chiffres ni le financement de l'EBE.")
                : new NotFoundException(OrganisationNotFound);
        }
    }

    public void EnsureCanSeeOrganisationStaff(OrganisationAccess organisation)
    {
        EnsureCanReadOrganisationFigures(organisation);
        if (!CanSeeOrganisationStaff(organisation))
        {
            throw new ForbiddenException("Seules la direction de l'EBE et l'équipe projet du CLE voient les contrats.");
        }
    }

    /// <summary>Contracts, schedules and activity slots are managed by the organisation's management only.</summary>
    public void EnsureCanManageOrganisation(OrganisationAccess organisation, string refusal)
    {
        EnsureCanReadOrganisationFigures(organisation);
        if (!ManagesOrganisation(organisation.Id))
        {
            throw new ForbiddenException(refusal);
        }
    }

    /// <summary>An EBE's books — purchases, payments received from its funders: its management and the people it names for accounting.</summary>
    public void EnsureCanKeepAccounts(OrganisationAccess organisation)
    {
        EnsureCanReadOrganisationFigures(organisation);
        if (!CanSell(organisation.Id))
        {
            throw new ForbiddenException("Seules la direction de la structure et sa comptabilité tiennent ses comptes.");
        }
    }

    /// <summary>A shared cost (premises, a van) is managed by the organisation that pays it: its management or coordination.</summary>
    public bool CanManageSharedCost(int ownerOrganisationId) => ManagesOrganisation(ownerOrganisationId) || CoordinatedCteIds.Contains(ownerOrganisationId);

    /// <summary>A shared cost is read by whoever reads the figures of one of the organisations sharing it.</summary>
    public bool CanReadSharedCost(IEnumerable<OrganisationAccess> parties) => parties.Any(CanReadOrganisationFigures);

    public const string SharedCostNotFound = "Cette charge partagée n'existe pas ou ne vous est pas accessible.";

    /// <summary>The journal: administrators read all of it, a CLE team the entries of its territories, nobody else any.</summary>
    public bool CanReadJournal => IsAdministrator || ManagedTerritoryIds.Any();

    public void EnsureCanReadJournal()
    {
        if (!CanReadJournal)
        {
            throw new ForbiddenException("Le journal est réservé aux administrateurs et aux équipes projet des CLE.");
        }
    }

    /// <summary>A proposal is answered (declined) by the CLE team that made it or by the EBE it was made to.</summary>
    public bool CanAnswerProposal(int territoryId, int organisationId) => CanManageTerritory(territoryId) || ManagesOrganisation(organisationId);

    /// <summary>Dated parameters (SMIC, rates, thresholds) are set for every territory: administrators only.</summary>
    public void EnsureCanEditParameters()
    {
        if (!IsAdministrator)
        {
            throw new ForbiddenException("Seul·e un·e administrateur·rice modifie les paramètres datés.");
        }
    }

    /// <summary>Who opens the accounts pages: administrators, CLE teams, and an EBE's or a KPA's management for its staff.</summary>
    public bool CanAdministerAccounts => IsAdministrator || ManagedTerritoryIds.Any()
        || Roles.Any(r => r.Role is Role.EbeManagement or Role.KpaCoordination);

    public void EnsureCanAdministerAccounts()
    {
        if (!CanAdministerAccounts)
        {
            throw new ForbiddenException("Les comptes sont gérés par les administrateurs, les équipes projet des CLE et les directions de structure.");
        }
    }

    /// <summary>
    /// Who gives a role: an administrator any; a CLE team the CLE's roles on its own territories and the
    /// roles of the organisations working there; an organisation's management its employees and its accounting. Nobody but
    /// an administrator makes an administrator or a funder, whose roles span every territory.
    /// </summary>
    public bool CanGrant(GrantedRole granted)
    {
        if (IsAdministrator)
        {
            return true;
        }
        var role = granted.Role;
        return role.Role switch
        {
            Role.Administrator or Role.Funder => false,
            Role.CleTeam or Role.CleMember => role.TerritoryId is { } territoryId && ManagedTerritoryIds.Contains(territoryId),
            _ => granted.Organisation is { } organisation && organisation.Id == role.OrganisationId
                && (organisation.TerritoryIds.Any(ManagedTerritoryIds.Contains)
                    || (role.Role is Role.Employee or Role.Accounting or Role.Cooperant && ManagesOrganisation(organisation.Id))
                    || (role.Role is Role.RteHolder && ManagesCte(organisation.Id))),
        };
    }

    public void EnsureCanGrant(GrantedRole granted)
    {
        if (!CanGrant(granted))
        {
            throw new ForbiddenException(granted.Role.Role is Role.Administrator or Role.Funder
                ? "Seul·e un·e administrateur·rice donne ce rôle, qui vaut pour tous les territoires."
                : "Vous ne pouvez donner un rôle que sur votre territoire ou dans votre structure.");
        }
    }

    /// <summary>A role is taken back by whoever could give it, never from oneself (nobody locks themselves out by mistake).</summary>
    public bool CanRevoke(string accountId, GrantedRole granted) => accountId != UserId && CanGrant(granted);

    public void EnsureCanRevoke(string accountId, GrantedRole granted)
    {
        if (accountId == UserId)
        {
            throw new ForbiddenException("Vous ne pouvez pas retirer vos propres rôles : demandez-le à une autre personne qui les gère.");
        }
        EnsureCanGrant(granted);
    }

    /// <summary>An account is visible to whoever could give one of its roles.</summary>
    public bool CanSeeAccount(IReadOnlyCollection<GrantedRole> held) => IsAdministrator || held.Any(CanGrant);

    /// <summary>
    /// Deactivating or resetting another's account needs every role it holds to be within this user's
    /// reach: a CLE team cannot shut someone out of another territory. Never one's own account here.
    /// </summary>
    public bool CanManageAccount(string accountId, IReadOnlyCollection<GrantedRole> held) =>
        accountId != UserId && (IsAdministrator || (held.Count > 0 && held.All(CanGrant)));

    public void EnsureCanManageAccount(string accountId, IReadOnlyCollection<GrantedRole> held)
    {
        if (accountId == UserId)
        {
            throw new ForbiddenException("Vous ne pouvez pas désactiver ni réinitialiser votre propre compte ici : utilisez « Mon compte ».");
        }
        if (!CanManageAccount(accountId, held))
        {
            throw new ForbiddenException("Ce compte a des rôles hors de votre territoire ou de votre structure : seul·e un·e administrateur·rice peut le désactiver ou le réinitialiser.");
        }
    }

    /// <summary>
    /// A territory's committee and its reviews (activities, consultations, objections, meetings, decisions):
    /// its CLE team and members, funders and administrators. An EBE reads only its own activities' reviews.
    /// </summary>
    public bool CanReadCommittee(int territoryId) =>
        IsAdministrator || IsFunder || Roles.Any(r => r.TerritoryId == territoryId && r.Role is Role.CleTeam or Role.CleMember);

    public bool CanReadActivity(int territoryId, int organisationId) => CanReadCommittee(territoryId) || ManagesOrganisation(organisationId);

    public void EnsureCanReadCommittee(int territoryId)
    {
        EnsureCanReadTerritory(territoryId);
        if (!CanReadCommittee(territoryId))
        {
            throw new ForbiddenException("Le comité local pour l'emploi, ses membres et ses examens se lisent par l'équipe projet et les membres du CLE.");
        }
    }

    public void EnsureCanReadActivity(int territoryId, int organisationId)
    {
        if (!CanReadActivity(territoryId, organisationId))
        {
            throw new NotFoundException(ActivityNotFound);
        }
    }

    /// <summary>An organisation's management proposes and describes its activities; the territory's CLE team may too.</summary>
    public void EnsureCanProposeActivity(int territoryId, int organisationId)
    {
        EnsureCanReadActivity(territoryId, organisationId);
        if (!ManagesOrganisation(organisationId) && !CanManageTerritory(territoryId))
        {
            throw new ForbiddenException("Seules la direction de la structure et l'équipe projet du CLE proposent ou décrivent une activité.");
        }
    }

    /// <summary>
    /// The review itself (consultations, status, members, meetings, decisions) is the CLE team's. Whoever
    /// sees the subject (the EBE its activity, an employee the need she reported) is told it is not
    /// theirs to do; anyone else is not told the subject exists.
    /// </summary>
    public void EnsureCanReview(int territoryId, bool seesSubject = false)
    {
        if (!CanManageTerritory(territoryId))
        {
            throw seesSubject || CanReadCommittee(territoryId)
                ? new ForbiddenException("Seule l'équipe projet du CLE de ce territoire conduit l'examen et tient le comité.")
                : new NotFoundException(ActivityNotFound);
        }
    }

    /// <summary>
    /// Anyone with an account on the territory may report a need: its team and members, and the staff —
    /// employees included, who see nothing else of the territory — of an organisation working on it.
    /// </summary>
    public bool CanReportNeed(int territoryId, IReadOnlyCollection<int> territoriesOfMyOrganisations) =>
        CanReadTerritory(territoryId) || territoriesOfMyOrganisations.Contains(territoryId);

    public void EnsureCanReportNeed(int territoryId, IReadOnlyCollection<int> territoriesOfMyOrganisations)
    {
        if (!CanReportNeed(territoryId, territoriesOfMyOrganisations))
        {
            throw new NotFoundException(Territories.TerritoryQueries.NotFound);
        }
    }

    /// <summary>The needs of a territory: all of them for those who read it, her own reports for an employee.</summary>
    public bool SeesEveryNeed(int territoryId) => CanReadTerritory(territoryId);

    /// <summary>
    /// A KPA's profile (structures, audience, longest path) and its figures are read by whoever reads one of its
    /// territories, funders, and its own people: coordination, cooperants, the portage structure's staff.
    /// </summary>
    public bool CanReadKpa(OrganisationAccess kpa, int? portageId) =>
        IsFunder || kpa.TerritoryIds.Any(CanReadTerritory) || OrganisationIds.Contains(kpa.Id) || CarriesContractsOf(portageId);

    public void EnsureCanReadKpa(OrganisationAccess kpa, int? portageId)
    {
        if (!CanReadKpa(kpa, portageId))
        {
            throw new NotFoundException(KpaNotFound);
        }
    }

    /// <summary>A KPA's profile is described by its coordination, or by the CLE team of a territory it works in.</summary>
    public void EnsureCanDescribeKpa(OrganisationAccess kpa, int? portageId)
    {
        EnsureCanReadKpa(kpa, portageId);
        if (!ManagesOrganisation(kpa.Id) && !kpa.TerritoryIds.Any(CanManageTerritory))
        {
            throw new ForbiddenException("Seules la coordination du KPA et l'équipe projet du CLE décrivent le KPA.");
        }
    }

    /// <summary>Staff of the portage structure (the CAE) that carries a KPA's contracts.</summary>
    public bool CarriesContractsOf(int? portageId) =>
        portageId is { } id && Roles.Any(r => r.Role == Role.Portage && r.OrganisationId == id);

    /// <summary>
    /// Who the cooperants are — names, journeys, sign-up — is the KPA's coordination's, and the portage structure's
    /// that carries their contracts; never the CLE's, nor funders', who read figures only.
    /// </summary>
    public bool CanSeeCooperants(int kpaId, int? portageId) => ManagesOrganisation(kpaId) || CarriesContractsOf(portageId);

    public void EnsureCanSeeCooperants(OrganisationAccess kpa, int? portageId)
    {
        EnsureCanReadKpa(kpa, portageId);
        if (!CanSeeCooperants(kpa.Id, portageId))
        {
            throw new ForbiddenException("Seules la coordination du KPA et la structure de portage voient les coopérant·es.");
        }
    }

    /// <summary>A cooperant reads their own record through the account linked to it, and nobody else's.</summary>
    public bool CanReadCooperant(int kpaId, int? portageId, string? accountId) =>
        CanSeeCooperants(kpaId, portageId) || (accountId == UserId && Roles.Any(r => r.Role == Role.Cooperant && r.OrganisationId == kpaId));

    public void EnsureCanReadCooperant(int kpaId, int? portageId, string? accountId)
    {
        if (!CanReadCooperant(kpaId, portageId, accountId))
        {
            throw new NotFoundException(CooperantNotFound);
        }
    }

    /// <summary>Sign-up, journey steps and identity are recorded by the KPA's coordination; the CAE reads them.</summary>
    public void EnsureCanManageCooperants(int kpaId, int? portageId, string? accountId)
    {
        EnsureCanReadCooperant(kpaId, portageId, accountId);
        if (!ManagesOrganisation(kpaId))
        {
            throw new ForbiddenException("Seule la coordination du KPA inscrit les coopérant·es et enregistre leur parcours.");
        }
    }

    /// <summary>
    /// A cooperant asks for their own pay; the KPA's coordination may ask for them. The CAE, who decides, does not ask.
    /// </summary>
    public void EnsureCanAskPay(int kpaId, int? portageId, string? accountId)
    {
        EnsureCanReadCooperant(kpaId, portageId, accountId);
        if (!ManagesOrganisation(kpaId) && accountId != UserId)
        {
            throw new ForbiddenException("Une demande de rémunération se fait par la personne ou par la coordination de son KPA.");
        }
    }

    /// <summary>Asking to join an EBE through the waiting list: the cooperant for themselves, or the KPA's coordination for them.</summary>
    public void EnsureCanAskToJoinEbe(int kpaId, int? portageId, string? accountId)
    {
        EnsureCanReadCooperant(kpaId, portageId, accountId);
        if (!ManagesOrganisation(kpaId) && accountId != UserId)
        {
            throw new ForbiddenException("La demande de rejoindre une EBE se fait par la personne ou par la coordination de son KPA.");
        }
    }

    /// <summary>The portage structure's terms, and the validation of the pay requests of the KPA it carries: its own staff.</summary>
    public bool CanDecideForPortage(int portageId) => IsAdministrator || CarriesContractsOf(portageId);

    public void EnsureCanDecideForPortage(int portageId, bool seesSubject = false)
    {
        if (!CanDecideForPortage(portageId))
        {
            throw seesSubject
                ? new ForbiddenException("Seule la structure de portage valide ou rejette les demandes de rémunération.")
                : new NotFoundException(OrganisationNotFound);
        }
    }

    /// <summary>
    /// Accompaniment notes (skills, rights, health, housing) are the KPA's coordination's only: not the CAE's, not the
    /// cooperant's own screen, not the CLE's.
    /// </summary>
    public void EnsureCanReadNotes(int kpaId, int? portageId, string? accountId)
    {
        EnsureCanReadCooperant(kpaId, portageId, accountId);
        if (!ManagesOrganisation(kpaId))
        {
            throw new ForbiddenException("Les notes d'accompagnement se lisent par la coordination du KPA seulement.");
        }
    }

    /// <summary>
    /// A network's meetings and shared resources are read by the people of its KPA — coordination and the portage
    /// structures' staff — and written by any of its KPA's coordination.
    /// </summary>
    public bool CanReadNetwork(IReadOnlyCollection<(int KpaId, int? PortageId)> networkKpas) =>
        IsAdministrator || networkKpas.Any(k => ManagesOrganisation(k.KpaId) || CarriesContractsOf(k.PortageId));

    public void EnsureCanReadNetwork(IReadOnlyCollection<(int KpaId, int? PortageId)> networkKpas)
    {
        if (!CanReadNetwork(networkKpas))
        {
            throw new NotFoundException(KpaNotFound);
        }
    }

    public void EnsureCanContributeToNetwork(int kpaId)
    {
        if (!ManagesOrganisation(kpaId))
        {
            throw new ForbiddenException("La coordination d'un KPA du réseau partage les rencontres et les ressources.");
        }
    }

    /// <summary>The KPA whose cooperants this user sees (coordination) or whose contracts their CAE carries (portage).</summary>
    public IEnumerable<int> PortageOrganisationIds => Roles.Where(r => r.Role == Role.Portage && r.OrganisationId is not null).Select(r => r.OrganisationId!.Value);

    public IEnumerable<int> CoordinatedKpaIds => Roles.Where(r => r.Role == Role.KpaCoordination && r.OrganisationId is not null).Select(r => r.OrganisationId!.Value);

    public bool IsCooperant => Roles.Any(r => r.Role == Role.Cooperant);

    public bool IsCooperantOf(int kpaId) => Roles.Any(r => r.Role == Role.Cooperant && r.OrganisationId == kpaId);

    /// <summary>
    /// A transition cooperative's profile, its pool and its activities (no names of holders) are read by whoever reads one
    /// of its territories, funders, and its own people: coordination and RTE holders.
    /// </summary>
    public bool CanReadCte(OrganisationAccess cte) => IsFunder || cte.TerritoryIds.Any(CanReadTerritory) || OrganisationIds.Contains(cte.Id);

    public void EnsureCanReadCte(OrganisationAccess cte)
    {
        if (!CanReadCte(cte))
        {
            throw new NotFoundException(CteNotFound);
        }
    }

    /// <summary>The CTE's coordination runs it: members, grid, grants, payments, activities, pool, spin-offs.</summary>
    public bool ManagesCte(int cteId) => IsAdministrator || Roles.Any(r => r.Role == Role.CteCoordination && r.OrganisationId == cteId);

    public void EnsureCanManageCte(OrganisationAccess cte)
    {
        EnsureCanReadCte(cte);
        if (!ManagesCte(cte.Id))
        {
            throw new ForbiddenException("Seule la coordination de la CTE tient ses sociétaires, sa grille, ses RTE et sa mise en commun.");
        }
    }

    /// <summary>A CTE's profile is described by its coordination, or by the CLE team of a territory it works in.</summary>
    public void EnsureCanDescribeCte(OrganisationAccess cte)
    {
        EnsureCanReadCte(cte);
        if (!ManagesCte(cte.Id) && !cte.TerritoryIds.Any(CanManageTerritory))
        {
            throw new ForbiddenException("Seules la coordination de la CTE et l'équipe projet du CLE décrivent la CTE.");
        }
    }

    /// <summary>
    /// Who the members and holders are, their household and income, is the coordination's; a holder reads their own
    /// record through the account linked to it. The CLE and funders read figures only.
    /// </summary>
    public bool CanReadHolder(int cteId, string? accountId) =>
        ManagesCte(cteId) || (accountId is not null && accountId == UserId && Roles.Any(r => r.Role == Role.RteHolder && r.OrganisationId == cteId));

    public void EnsureCanReadHolder(int cteId, string? accountId)
    {
        if (!CanReadHolder(cteId, accountId))
        {
            throw new NotFoundException(HolderNotFound);
        }
    }

    public IEnumerable<int> CoordinatedCteIds => Roles.Where(r => r.Role == Role.CteCoordination && r.OrganisationId is not null).Select(r => r.OrganisationId!.Value);

    public bool IsRteHolder => Roles.Any(r => r.Role == Role.RteHolder);

    /// <summary>The network dashboard compares every territory: the fund's and the départements' people (funders) and administrators.</summary>
    public void EnsureCanReadNetworkDashboard()
    {
        if (!IsAdministrator && !IsFunder)
        {
            throw new ForbiddenException("Le tableau de bord du réseau est celui des financeurs et des administrateur·rices.");
        }
    }

    public const string CteNotFound = "Cette coopérative de transition écologique n'existe pas ou ne vous est pas accessible.";

    public const string HolderNotFound = "Ce ou cette sociétaire n'existe pas ou ne vous est pas accessible.";

    public const string KpaNotFound = "Ce KPA n'existe pas ou ne vous est pas accessible.";

    public const string CooperantNotFound = "Ce ou cette coopérant·e n'existe pas ou ne vous est pas accessible.";

    public const string ActivityNotFound = "Cette activité n'existe pas ou ne vous est pas accessible.";

    public const string OrganisationNotFound = "Cette structure n'existe pas ou ne vous est pas accessible.";

    public void EnsureCanReadTerritory(int territoryId)
    {
        if (!CanReadTerritory(territoryId))
        {
            // Answering "not found" rather than "forbidden" hides which territories exist behind the scope.
            throw new NotFoundException(Territories.TerritoryQueries.NotFound);
        }
    }

    public void EnsureCanManageTerritory(int territoryId)
    {
        EnsureCanReadTerritory(territoryId);
        if (!CanManageTerritory(territoryId))
        {
            throw new ForbiddenException("Seule l'équipe projet du CLE de ce territoire peut faire cette modification.");
        }
    }
}
