using DroitEmploi.Core.Common;

namespace DroitEmploi.Web.Features.People;

/// <summary>Uploads are bounded (Uploads:MaxBytes, 10 MB by default) and refused with a clear message.</summary>
public sealed class UploadLimits(IConfiguration configuration)
{
    public long MaxBytes { get; } = configuration.GetValue<long>("Uploads:MaxBytes", 10 * 1024 * 1024);

    public string MaxText => $"{MaxBytes / (1024 * 1024)} Mo";

    public async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length > MaxBytes)
        {
            throw new PayloadTooLargeException($"Le fichier pèse {file.Length / 1024} Ko : {MaxText} au plus.");
        }
        using var stream = new MemoryStream();
        await file.CopyToAsync(stream, cancellationToken);
        return stream.ToArray();
    }

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

public sealed class PayloadTooLargeException(string message) : DomainException(message);
