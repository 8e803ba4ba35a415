using Graph.Neo4j.Bolt;
using Graph.Neo4j.Driver;
using Graph.Neo4j.Tests.Bolt.Stub;

namespace Graph.Neo4j.Tests.Driver;

/// <summary>The driver against the scripted stub server: each test plays one script from Bolt/Scripts.</summary>
public sealed class StubbedDriverTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Neo4jDriver Connect(BoltStubServer server, string password = "secret", DriverConfig? config = null) =>
        GraphDatabase.Driver(server.Uri, AuthTokens.Basic("neo4j", password), config ?? new DriverConfig { ConnectionTimeout = TimeSpan.FromSeconds(10) });

    [Theory]
    [InlineData("handshake_5_4.script", 5, 4, "Neo4j/5.26.0")]
    [InlineData("handshake_5_8_preferred.script", 5, 8, "Neo4j/5.26.0")]
    [InlineData("handshake_4_4.script", 4, 4, "Neo4j/4.4.30")]
    public async Task The_handshake_settles_on_the_newest_version_both_sides_speak_and_authenticates_the_way_it_requires(string script, int major, int minor, string agent)
    {
        await using var server = BoltStubServer.Start(script);
        await using (var driver = Connect(server))
        {
            var (serverAgent, version) = await driver.VerifyConnectivityAsync(Token);
            Assert.Equal(new BoltVersion(major, minor), version);
            Assert.Equal(agent, serverAgent);
        }

        await server.AssertPlayedAsync();
        Assert.Equal("GOODBYE", server.Received.Last());
    }

    [Fact]
    public async Task A_server_that_accepts_none_of_the_offered_versions_is_reported_as_such()
    {
        await using var server = BoltStubServer.Start("handshake_none.script");
        await using var driver = Connect(server);

        var error = await Assert.ThrowsAsync<BoltProtocolException>(() => driver.VerifyConnectivityAsync(Token));

        Assert.Contains("none of the Bolt versions offered", error.Message, StringComparison.Ordinal);
        await server.AssertPlayedAsync();
        Assert.Null(server.NegotiatedVersion);
    }

    [Fact]
    public async Task Refused_credentials_raise_an_authentication_error_with_Neo4js_code()
    {
        await using var server = BoltStubServer.Start("auth_failure.script");
        await using var driver = Connect(server, password: "wrong");

        var error = await Assert.ThrowsAsync<AuthenticationException>(() => driver.VerifyConnectivityAsync(Token));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Contains("unauthorized", error.Message, StringComparison.Ordinal);
        await server.AssertPlayedAsync();
    }

    [Fact]
    public async Task An_auto_commit_query_pulls_its_records_in_batches_of_the_fetch_size()
    {
        await using var server = BoltStubServer.Start("autocommit_batches.script");
        await using (var driver = Connect(server))
        {
            await using var session = driver.AsyncSession(c => c with { Database = "news", FetchSize = 2 });
            var cursor = await session.RunAsync("UNWIND range(1, 3) AS n RETURN n", cancellationToken: Token);
            var records = await cursor.ToListAsync(Token);
            var summary = await cursor.ConsumeAsync(Token);

            Assert.Equal([1L, 2L, 3L], records.Select(r => r["n"]));
            Assert.Equal(["n"], cursor.Keys);
            Assert.Equal("news", summary.Database);
            Assert.Equal("FB:news-1", session.LastBookmark);
        }

        await server.AssertPlayedAsync();
        Assert.Equal(["HELLO", "LOGON", "RUN", "PULL", "PULL", "GOODBYE"], server.Received);
    }

    [Fact]
    public async Task A_committed_transaction_returns_its_records_counters_and_bookmark()
    {
        await using var server = BoltStubServer.Start("transaction_commit.script");
        await using (var driver = Connect(server))
        {
            await using var session = driver.AsyncSession(new SessionConfig { Database = "news" });
            await using var tx = await session.BeginTransactionAsync(Token);
            var cursor = await tx.RunAsync(
                "MERGE (p:Person {uri: $uri}) RETURN p.uri AS uri",
                new Dictionary<string, object?> { ["uri"] = "https://w3id.org/newskg/resource/ann" },
                Token);
            var record = await cursor.SingleAsync(Token);
            var summary = await cursor.ConsumeAsync(Token);
            await tx.CommitAsync(Token);

            Assert.Equal("https://w3id.org/newskg/resource/ann", record.Get<string>("uri"));
            Assert.Equal(1, summary.Counters.NodesCreated);
            Assert.True(summary.Counters.ContainsUpdates);
            Assert.False(tx.IsOpen);
            Assert.Equal("FB:news-2", session.LastBookmark);
        }

        await server.AssertPlayedAsync();
    }

    [Fact]
    public async Task A_rolled_back_transaction_sends_ROLLBACK()
    {
        await using var server = BoltStubServer.Start("transaction_rollback.script");
        await using (var driver = Connect(server))
        {
            await using var session = driver.AsyncSession();
            var tx = await session.BeginTransactionAsync(Token);
            var cursor = await tx.RunAsync("CREATE (n:Scratch) RETURN n", cancellationToken: Token);
            Assert.Empty(await cursor.ToListAsync(Token));
            await tx.RollbackAsync(Token);
            Assert.False(tx.IsOpen);
        }

        await server.AssertPlayedAsync();
        Assert.Contains("ROLLBACK", server.Received);
        Assert.DoesNotContain("COMMIT", server.Received);
    }

    [Fact]
    public async Task A_failure_is_reported_with_its_code_and_the_connection_is_reset_and_reused()
    {
        await using var server = BoltStubServer.Start("failure_then_reset.script");
        await using (var driver = Connect(server))
        {
            await using var session = driver.AsyncSession();
            var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETRN 1", cancellationToken: Token));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
            Assert.Contains("RETRN", error.Message, StringComparison.Ordinal);

            var cursor = await session.RunAsync("RETURN 1 AS one", cancellationToken: Token);
            Assert.Equal(1L, (await cursor.SingleAsync(Token))["one"]);
        }

        await server.AssertPlayedAsync();
        Assert.Single(server.Received, name => name == "HELLO");
    }

    [Fact]
    public async Task From_Bolt_5_7_the_failure_code_is_read_from_neo4j_code()
    {
        await using var server = BoltStubServer.Start("failure_neo4j_code.script");
        await using (var driver = Connect(server))
        {
            await using var session = driver.AsyncSession();
            var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN 1/0", cancellationToken: Token));
            Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
            Assert.Equal("/ by zero", error.Message);
        }

        await server.AssertPlayedAsync();
    }

    [Fact]
    public async Task A_transaction_function_retries_a_transient_error_after_a_back_off()
    {
        await using var server = BoltStubServer.Start("transient_retry.script");
        var attempts = 0;
        await using (var driver = Connect(server, config: new DriverConfig { InitialRetryDelay = TimeSpan.FromMilliseconds(20) }))
        {
            await using var session = driver.AsyncSession();
            var created = await session.ExecuteWriteAsync(
                async tx =>
                {
                    attempts++;
                    var cursor = await tx.RunAsync("MERGE (n:Resource {uri: $uri})", new Dictionary<string, object?> { ["uri"] = "https://example.org/a" }, Token);
                    return (await cursor.ConsumeAsync(Token)).Counters.NodesCreated;
                },
                Token);

            Assert.Equal(1, created);
            Assert.Equal("FB:3", session.LastBookmark);
        }

        Assert.Equal(2, attempts);
        await server.AssertPlayedAsync();
    }

    [Fact]
    public async Task A_non_transient_error_is_not_retried()
    {
        await using var server = BoltStubServer.Start("transaction_client_error.script");
        var attempts = 0;
        await using (var driver = Connect(server, config: new DriverConfig { InitialRetryDelay = TimeSpan.FromMilliseconds(1) }))
        {
            await using var session = driver.AsyncSession();
            var error = await Assert.ThrowsAsync<ClientException>(() => session.ExecuteWriteAsync<int>(
                async tx =>
                {
                    attempts++;
                    await tx.RunAsync("RETRN 1", cancellationToken: Token);
                    return 0;
                },
                Token));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        }

        Assert.Equal(1, attempts);
        await server.AssertPlayedAsync();
    }

    [Fact]
    public async Task Messages_larger_than_one_chunk_are_split_and_reassembled()
    {
        await using var server = BoltStubServer.Start("large_messages.script");
        await using (var driver = Connect(server))
        {
            await using var session = driver.AsyncSession();
            var cursor = await session.RunAsync("RETURN $text AS text", new Dictionary<string, object?> { ["text"] = new string('x', 100_000) }, Token);
            var text = (await cursor.SingleAsync(Token)).Get<string>("text");
            Assert.Equal(150_000, text.Length);
            Assert.All(text, c => Assert.Equal('x', c));
        }

        await server.AssertPlayedAsync();
    }

    [Fact]
    public async Task A_connection_dropped_mid_stream_fails_the_read_and_is_not_reused()
    {
        await using var server = BoltStubServer.Start("dropped_mid_stream.script");
        await using var driver = Connect(server);
        await using var session = driver.AsyncSession();
        var cursor = await session.RunAsync("UNWIND range(1, 10) AS n RETURN n", cancellationToken: Token);

        Assert.True(await cursor.FetchAsync(Token));
        Assert.Equal(1L, cursor.Current["n"]);
        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => cursor.FetchAsync(Token));
        Assert.Contains("closed the connection", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsRetriable);
        await server.AssertPlayedAsync();
    }

    [Fact]
    public async Task Graph_and_temporal_structures_become_typed_values()
    {
        await using var server = BoltStubServer.Start("graph_values.script");
        await using (var driver = Connect(server))
        {
            await using var session = driver.AsyncSession();
            var cursor = await session.RunAsync("MATCH p = (a)-[r]->(b) RETURN a, r, p, d, t, dur", cancellationToken: Token);
            var record = await cursor.SingleAsync(Token);

            var node = record.Get<Node>("a");
            Assert.Equal(["Person", "Resource"], node.Labels);
            Assert.Equal("Ann", node.Properties["name"]);
            Assert.Equal("4:db:1", node.ElementId);

            var relationship = record.Get<Relationship>("r");
            Assert.Equal(("HOLDS", 1L, 2L, "4:db:2"), (relationship.Type, relationship.StartNodeId, relationship.EndNodeId, relationship.EndNodeElementId));
            Assert.Equal(2020L, relationship.Properties["since"]);

            var path = record.Get<Graph.Neo4j.Driver.Path>("p");
            Assert.Equal(["4:db:1", "4:db:2"], path.Nodes.Select(n => n.ElementId));
            Assert.Equal("5:db:7", Assert.Single(path.Relationships).ElementId);

            // 19,000 days after 1970-01-01; 1,700,000,000 s after the epoch is 2023-11-14T22:13:20Z, shown at +01:00.
            Assert.Equal(new DateOnly(2022, 1, 8), record.Get<DateOnly>("d"));
            var dateTime = record.Get<DateTimeOffset>("t");
            Assert.Equal(new DateTimeOffset(2023, 11, 14, 23, 13, 20, TimeSpan.FromHours(1)).AddTicks(50), dateTime);
            Assert.Equal(new Graph.Neo4j.Driver.Duration(14, 3, 70, 5), record.Get<Graph.Neo4j.Driver.Duration>("dur"));
        }

        await server.AssertPlayedAsync();
    }

    [Fact]
    public async Task Temporal_parameters_travel_as_Bolt_5_structures()
    {
        await using var server = BoltStubServer.Start("date_parameters.script");
        await using (var driver = Connect(server))
        {
            await using var session = driver.AsyncSession();
            var parameters = new Dictionary<string, object?>
            {
                ["d"] = new DateOnly(2022, 1, 8),
                ["t"] = new DateTimeOffset(2023, 11, 14, 23, 13, 20, TimeSpan.FromHours(1)),
            };
            await (await session.RunAsync("RETURN $d, $t", parameters, Token)).ConsumeAsync(Token);
        }

        await server.AssertPlayedAsync();
    }

    [Fact]
    public async Task A_transaction_function_runs_again_on_a_new_connection_when_the_connection_drops()
    {
        await using var server = BoltStubServer.Start("dropped_then_retried.script");
        var attempts = 0;
        await using (var driver = Connect(server, config: new DriverConfig { InitialRetryDelay = TimeSpan.FromMilliseconds(10) }))
        {
            await using var session = driver.AsyncSession();
            var rows = new List<object?> { new Dictionary<string, object?> { ["uri"] = "https://example.org/a" } };
            var created = await session.ExecuteWriteAsync(
                async tx =>
                {
                    attempts++;
                    var cursor = await tx.RunAsync("UNWIND $rows AS row MERGE (n:Resource {uri: row.uri})", new Dictionary<string, object?> { ["rows"] = rows }, Token);
                    return (await cursor.ConsumeAsync(Token)).Counters.NodesCreated;
                },
                Token);

            Assert.Equal(1, created);
            Assert.Equal("FB:after-drop", session.LastBookmark);
        }

        Assert.Equal(2, attempts);
        await server.AssertPlayedAsync();
        Assert.Equal(2, server.Received.Count(name => name == "HELLO"));
    }

    [Fact]
    public async Task A_read_transaction_function_asks_for_read_mode()
    {
        await using var server = BoltStubServer.Start("read_transaction.script");
        await using (var driver = Connect(server))
        {
            await using var session = driver.AsyncSession(c => c with { Database = "news" });
            var people = await session.ExecuteReadAsync(
                async tx => (await (await tx.RunAsync("MATCH (p:Person) RETURN count(p) AS people", cancellationToken: Token)).SingleAsync(Token)).Get<long>("people"),
                Token);

            Assert.Equal(3, people);
        }

        await server.AssertPlayedAsync();
    }

    [Fact]
    public async Task Nothing_listening_is_a_service_unavailable_error()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var driver = GraphDatabase.Driver("bolt://127.0.0.1:" + port, AuthTokens.None);

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync(Token));
        Assert.Contains("cannot connect", error.Message, StringComparison.Ordinal);
    }
}
