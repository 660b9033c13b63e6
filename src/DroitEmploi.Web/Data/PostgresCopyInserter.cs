using System.Text.RegularExpressions;
using DroitEmploi.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DroitEmploi.Web.Data;

/// <summary>
/// PostgreSQL's own bulk path: binary <c>COPY</c>, one stream per table, with the keys reserved from
/// the table's sequence beforehand (one round trip for the whole block).
/// </summary>
public sealed partial class PostgresCopyInserter : IBulkInserter
{
    /// <summary>PostgreSQL locks rows, not the database: others never wait for a bulk write.</summary>
    public TimeSpan PauseBetweenWrites => TimeSpan.Zero;

    public async Task<IBulkWrite> BeginAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        return new Write(db, connection, await connection.BeginTransactionAsync(cancellationToken));
    }

    public async Task TidyAsync<T>(AppDbContext db, CancellationToken cancellationToken) where T : class
    {
        // VACUUM cannot run in a transaction: its own statement, on a connection with none open.
        var sql = $"VACUUM (ANALYZE) {BulkTable.For<T>(db).Name}";
        await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    private sealed class Write(AppDbContext db, NpgsqlConnection connection, NpgsqlTransaction transaction) : IBulkWrite
    {
        public async Task InsertAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
        {
            var table = BulkTable.For<T>(db);
            if (table.GeneratedKey is not null)
            {
                await using var reserve = new NpgsqlCommand(
                    "SELECT nextval(pg_get_serial_sequence(@table, @column))::integer FROM generate_series(1, @count)", connection, transaction);
                reserve.Parameters.AddWithValue("table", table.Name);
                reserve.Parameters.AddWithValue("column", table.GeneratedKey.GetColumnName());
                reserve.Parameters.AddWithValue("count", rows.Count);
                var keys = new List<int>(rows.Count);
                await using (var reader = await reserve.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        keys.Add(reader.GetInt32(0));
                    }
                }
                table.AssignKeys(rows, keys);
            }
            // COPY names types without their size ("character varying(100)" is written as "character varying").
            var types = table.Columns.Select(c => Size().Replace(c.Mapping.StoreType, "").Trim()).ToArray();
            await using var importer = await connection.BeginBinaryImportAsync(
                $"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows)
            {
                importer.StartRow();
                for (var i = 0; i < types.Length; i++)
                {
                    if (table.Columns[i].ValueOf(row) is { } value)
                    {
                        importer.Write(value, types[i]);
                    }
                    else
                    {
                        importer.WriteNull();
                    }
                }
            }
            await importer.CompleteAsync(cancellationToken);
        }

        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Size();
}
