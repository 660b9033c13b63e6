namespace DroitEmploi.Core.Features.Committee;

public sealed record AgendaItemView(int Position, AgendaKind Kind, int? SubjectId, string Title);
