using System.Data.Common;
using DroitEmploi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Web.Data;

/// <summary>
/// SQLite's fastest way, in the same process: one prepared INSERT run row after row inside one write
/// transaction. The keys are taken after the highest ever given (AUTOINCREMENT's own rule), which is
/// safe because the transaction holds SQLite's only write lock from its first statement.
/// </summary>
public sealed class SqliteBulkInserter : IBulkInserter
{
    /// <summary>Longer than the wait between two tries of a writer that found the lock taken (Microsoft.Data.Sqlite's retry).</summary>
    public TimeSpan PauseBetweenWrites => TimeSpan.FromMilliseconds(200);

    public async Task<IBulkWrite> BeginAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        // Not deferred: the write lock is taken now, before the keys are read.
        var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        return new Write(db, connection, transaction);
    }

    /// <summary>SQLite's own advice after large changes: it analyses only the tables whose statistics are out of date.</summary>
    public async Task TidyAsync<T>(AppDbContext db, CancellationToken cancellationToken) where T : class =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize", cancellationToken);

    private sealed class Write(AppDbContext db, DbConnection connection, DbTransaction transaction) : IBulkWrite
    {
        public async Task InsertAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
        {
            var table = BulkTable.For<T>(db);
            if (table.GeneratedKey is not null)
            {
                await using var last = connection.CreateCommand();
                last.Transaction = transaction;
                last.CommandText = $"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = @table), 0), COALESCE((SELECT MAX({table.Columns[0].Name}) FROM {table.Name}), 0))";
                var name = last.CreateParameter();
                name.ParameterName = "@table";
                name.Value = table.TableName;
                last.Parameters.Add(name);
                var first = Convert.ToInt32(await last.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) + 1;
                table.AssignKeys(rows, Enumerable.Range(first, rows.Count));
            }
            var (command, parameters) = table.PrepareInsert(connection, transaction);
            await using (command)
            {
                await command.PrepareAsync(cancellationToken);
                foreach (var row in rows)
                {
                    for (var i = 0; i < parameters.Length; i++)
                    {
                        parameters[i].Value = table.Columns[i].ValueOf(row) ?? DBNull.Value;
                    }
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }
        }

        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }
}
