namespace DroitEmploi.Core.Common.Files;

public sealed record ExportedFile(byte[] Content, string ContentType, string FileName);
