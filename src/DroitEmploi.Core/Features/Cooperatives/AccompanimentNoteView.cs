namespace DroitEmploi.Core.Features.Cooperatives;

public sealed record AccompanimentNoteView(int Id, DateOnly On, NoteTheme Theme, string Text, string? Contributor, string? WrittenBy);
