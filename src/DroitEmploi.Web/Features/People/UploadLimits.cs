using DroitEmploi.Core.Common;

namespace DroitEmploi.Web.Features.People;

/// <summary>Uploads are bounded (Uploads:MaxBytes, 10 MB by default) and refused with a clear message.</summary>
public sealed class UploadLimits(IConfiguration configuration)
{
    public long MaxBytes { get; } = configuration.GetValue<long>("Uploads:MaxBytes", 10 * 1024 * 1024);

    public string MaxText => $"{MaxBytes / (1024 * 1024)} Mo";

    /// <summary>The "file" field of a multipart request; the size is checked before the body is read.</summary>
    public async Task<(byte[] Content, string FileName)> ReadFileAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes + FormOverhead)
        {
            throw new PayloadTooLargeException($"Le fichier dépasse {MaxText}.");
        }
        if (!request.HasFormContentType)
        {
            throw ValidationFailedException.For("file", "Envoyez le fichier en multipart/form-data, dans le champ « file ».");
        }
        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null)
            ?? throw ValidationFailedException.For("file", "Joignez le fichier dans le champ « file ».");
        if (file.Length > MaxBytes)
        {
            throw new PayloadTooLargeException($"Le fichier pèse {file.Length / 1024} Ko : {MaxText} au plus.");
        }
        await using var stream = file.OpenReadStream();
        return (await ReadAsync(stream, cancellationToken), file.FileName);
    }

    /// <summary>Room for the multipart boundaries and headers around the file itself.</summary>
    public const long FormOverhead = 64 * 1024;

    public async Task<byte[]> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new PayloadTooLargeException($"Le fichier dépasse {MaxText}.");
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
