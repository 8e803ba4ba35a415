using System.Globalization;
using System.Text;
using Graph.Extraction.Model;

namespace Graph.Extraction.Lexicons;

/// <summary>Reads the tab-separated lexicon files embedded in the assembly (see Data/SOURCES.md).</summary>
internal static class LexiconLoader
{
    /// <summary>Builds the lexicon from the embedded data files.</summary>
    public static Lexicon LoadEmbedded()
    {
        var lexicon = new Lexicon();
        LoadCountries(lexicon, Read("countries.tsv"), Read("country-names.tsv"));
        var descriptions = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        LoadOrganizations(lexicon, Read("organizations.tsv"), descriptions);
        foreach (var (description, keys) in descriptions)
        {
            lexicon.Descriptions.Add(description, keys);
        }

        LoadRegions(lexicon, Read("regions.tsv"));
        LoadCities(lexicon, Read("cities.tsv"), Read("city-aliases.tsv"));
        foreach (var row in Read("country-groups.tsv"))
        {
            lexicon.CountryGroupQualifiers.Add(row[0], row[1]);
        }

        foreach (var row in Read("titles.tsv"))
        {
            var kind = row[2] switch
            {
                "office" => TitleKind.Office,
                "honorific" => TitleKind.Honorific,
                "role" => TitleKind.Role,
                _ => throw new InvalidDataException($"titles.tsv: unknown title kind '{row[2]}'"),
            };
            lexicon.Titles.Add(row[0], new TitleEntry(row[1], kind));
        }

        foreach (var row in Read("event-triggers.tsv"))
        {
            if (!Enum.TryParse<EventKind>(row[1], out var eventKind))
            {
                throw new InvalidDataException($"event-triggers.tsv: unknown event kind '{row[1]}'");
            }

            lexicon.EventTriggers.Add(row[0], new Events.EventTrigger(eventKind, row[2], row[3] == "verb"));
        }

        foreach (var row in Read("first-names.tsv"))
        {
            lexicon.FirstNames.TryAdd(row[0], row[1][0]);
        }

        foreach (var row in Read("name-cues.tsv"))
        {
            if (row[1] == "none")
            {
                lexicon.NonEntityCues.Add(row[0]);
                continue;
            }

            lexicon.NameCues[row[0]] = row[1] switch
            {
                "gov" => EntityKind.GovernmentOrganization,
                "org" => EntityKind.Organization,
                "place" => EntityKind.Place,
                _ => throw new InvalidDataException($"name-cues.tsv: unknown kind '{row[1]}'"),
            };
        }

        foreach (var file in new[] { "common-capitalized.txt", "languages.txt" })
        {
            foreach (var row in Read(file))
            {
                lexicon.CommonCapitalized.Add(row[0]);
            }
        }

        return lexicon;
    }

    private static void LoadCountries(Lexicon lexicon, List<string[]> countries, List<string[]> additions)
    {
        var extra = additions.ToDictionary(r => r[0], r => r);
        foreach (var row in countries)
        {
            var code = row[0];
            extra.TryGetValue(code, out var more);
            var name = more is not null && Field(more, 1) is { Length: > 0 } preferred ? preferred : row[1];
            var entry = new LexiconEntry("country/" + code, EntityKind.Country, name, NullIfEmpty(Field(row, 2)), null);
            lexicon.Entries[entry.Key] = entry;
            AddNames(lexicon, entry, MentionKind.Name, [name, row[1], .. Split(Field(row, 3)), .. Split(more is null ? "" : Field(more, 2))]);
            var adjectives = Split(Field(row, 4)).Concat(Split(more is null ? "" : Field(more, 3))).ToList();
            if (adjectives.Count > 0)
            {
                lexicon.Adjectives[entry.Key] = adjectives[0];
            }

            foreach (var adjective in adjectives)
            {
                lexicon.Gazetteer.Add(adjective, new GazetteerName(entry, MentionKind.Adjective));

                // Demonyms in the plural ("Afghans", "Iraqis") name the country's people.
                if (adjective.EndsWith("an", StringComparison.Ordinal) || adjective.EndsWith('i'))
                {
                    lexicon.Gazetteer.Add(adjective + "s", new GazetteerName(entry, MentionKind.Adjective));
                }
            }
        }
    }

    private static void LoadOrganizations(Lexicon lexicon, List<string[]> rows, Dictionary<string, List<string>> descriptions)
    {
        foreach (var row in rows)
        {
            var kind = row[1] switch
            {
                "igo" => EntityKind.IntergovernmentalOrganization,
                "gov" => EntityKind.GovernmentOrganization,
                "org" => EntityKind.Organization,
                _ => throw new InvalidDataException($"organizations.tsv: unknown kind '{row[1]}' for {row[0]}"),
            };
            var entry = new LexiconEntry("organization/" + row[0], kind, row[2], NullIfEmpty(Field(row, 4)), null);
            lexicon.Entries[entry.Key] = entry;
            AddNames(lexicon, entry, MentionKind.Name, [row[2], .. Split(Field(row, 3))]);
            foreach (var description in Split(Field(row, 5)))
            {
                if (!descriptions.TryGetValue(description, out var keys))
                {
                    keys = [];
                    descriptions[description] = keys;
                }

                keys.Add(entry.Key);
            }
        }
    }

    private static void LoadRegions(Lexicon lexicon, List<string[]> rows)
    {
        foreach (var row in rows)
        {
            var (prefix, kind) = row[1] switch
            {
                "region" => ("region/", EntityKind.Region),
                "group" => ("country-group/", EntityKind.CountryGroup),
                "place" => ("place/", EntityKind.Place),
                _ => throw new InvalidDataException($"regions.tsv: unknown kind '{row[1]}' for {row[0]}"),
            };
            var country = Field(row, 5);
            var entry = new LexiconEntry(prefix + row[0], kind, row[2], NullIfEmpty(Field(row, 4)), country.Length > 0 ? "country/" + country : null);
            lexicon.Entries[entry.Key] = entry;
            AddNames(lexicon, entry, MentionKind.Name, [row[2], .. Split(Field(row, 3))]);
        }
    }

    private static void LoadCities(Lexicon lexicon, List<string[]> rows, List<string[]> aliases)
    {
        var byName = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var entry = new LexiconEntry($"city/{row[1]}/{Slug(row[0])}", EntityKind.City, row[0], null, "country/" + row[1]);
            lexicon.Entries.TryAdd(entry.Key, entry);
            byName[row[0]] = entry;
            AddNames(lexicon, entry, MentionKind.Name, [row[0], AsciiFold(row[0])]);
        }

        foreach (var row in aliases)
        {
            if (!byName.TryGetValue(row[1], out var entry))
            {
                throw new InvalidDataException($"city-aliases.tsv: '{row[1]}' is not in cities.tsv");
            }

            lexicon.Gazetteer.Add(row[0], new GazetteerName(entry, MentionKind.Name));
        }
    }

    private static void AddNames(Lexicon lexicon, LexiconEntry entry, MentionKind kind, IEnumerable<string> names)
    {
        foreach (var name in names.Where(n => n.Length > 0).Distinct())
        {
            lexicon.Gazetteer.Add(name, new GazetteerName(entry, kind));
            var folded = AsciiFold(name);
            if (folded != name)
            {
                lexicon.Gazetteer.Add(folded, new GazetteerName(entry, kind));
            }

            // "The Gambia" is also written "Gambia"; "the Netherlands" in running text.
            if (name.StartsWith("The ", StringComparison.Ordinal))
            {
                lexicon.Gazetteer.Add(name[4..], new GazetteerName(entry, kind));
            }
        }
    }

    /// <summary>A lower-case key fragment: letters and digits, words joined by '-'.</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in AsciiFold(name).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }

    /// <summary>Drops diacritics ("Côte" → "Cote"); "ö" also stays readable as "o".</summary>
    public static string AsciiFold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static List<string[]> Read(string file)
    {
        var assembly = typeof(LexiconLoader).Assembly;
        using var stream = assembly.GetManifestResourceStream("Lexicons.Data." + file)
            ?? throw new InvalidDataException($"the lexicon file {file} is not embedded in {assembly.GetName().Name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }

    private static string Field(string[] row, int index) => index < row.Length ? row[index].Trim() : "";

    private static string[] Split(string field) => field.Length == 0 ? [] : field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
