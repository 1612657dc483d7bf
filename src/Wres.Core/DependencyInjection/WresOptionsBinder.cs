using System.Globalization;
using Microsoft.Extensions.Configuration;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Mapping;
using Wres.Core.PayGaps;
using Wres.Core.Publication;
using Wres.Core.Statistics;
using Wres.Core.Trajectory;
using Wres.Core.Workforce;

namespace Wres.Core.DependencyInjection;

/// <summary>
/// Binds a configuration section (<c>appsettings.json</c>'s <c>"Wres"</c>, environment variables, …) onto
/// <see cref="WresOptions"/>, key by key, so that every option binds — codes, staff groups and segments included — and
/// nothing is dropped silently: a key this binder does not know, or a value it cannot read, is an error naming its path.
/// Keys match case-insensitively, as configuration keys do. A collection given in configuration replaces the
/// default (<c>Workforce:ExcludedCategories</c>, <c>Workforce:StaffGroupSegments</c> entries), rather than adding to it.
/// </summary>
/// <remarks>
/// <code>
/// "Wres": {
///   "Ethnicity": { "BmeLabel": "Global majority", "LocalCodes": [ { "Code": "CZ", "Label": "White - Manx", "Group": "White" } ],
///                  "ExtraLabels": { "White Welsh": "CC" } },
///   "Workforce": { "ExcludedCategories": [ "Bank" ], "StaffGroupSegments": { "10": "Clinical" }, "OccupationCodeSegments": { "N0A": "Clinical" } },
///   "Statistics": { "Interval": "KoopmanScore", "UpperThreshold": 1.25 },
///   "Indicators": { "Indicator3Rolling": "SingleYear" }, "Disclosure": { "Policy": "Threshold", "Threshold": 10 },
///   "MaxIssuesPerSource": 500,
///   "Mapping": { "columns": { "staff": { "Pers No": "Employee Number" } }, "values": { "grade": { "AfC 5": "Band 5" } } }
/// }
/// </code>
/// <para>Configuration keys cannot hold <c>:</c> (it separates the path), so a mapped value such as <c>White: Roma</c>
/// goes in the mapping file instead.</para>
/// </remarks>
internal static class WresOptionsBinder
{
    public static void Bind(IConfiguration configuration, WresOptions options)
    {
        var problems = new List<string>();
        foreach (var section in configuration.GetChildren())
        {
            switch (Key(section))
            {
                case "ethnicity":
                    BindEthnicity(section, options.Ethnicity, problems);
                    break;
                case "workforce":
                    BindWorkforce(section, options.Workforce, problems);
                    break;
                case "statistics":
                    BindStatistics(section, options.Statistics, problems);
                    break;
                case "indicators":
                    Each(section, problems, (child, key) => key switch
                    {
                        "indicator3rolling" => Set(child, problems, (RollingMode m) => options.Indicators.Indicator3Rolling = m),
                        "headcountbasis" => Set(child, problems, (HeadcountBasis b) => options.Indicators.HeadcountBasis = b),
                        _ => false,
                    });
                    break;
                case "disclosure":
                    Each(section, problems, (child, key) => key switch
                    {
                        "policy" => Set(child, problems, (DisclosurePolicy p) => options.Disclosure.Policy = p),
                        "suppressupto" => SetInt(child, problems, v => options.Disclosure.SuppressUpTo = v),
                        "roundingbase" => SetInt(child, problems, v => options.Disclosure.RoundingBase = v),
                        "threshold" => SetInt(child, problems, v => options.Disclosure.Threshold = v),
                        _ => false,
                    });
                    break;
                case "modelemployer":
                    Each(section, problems, (child, key) =>
                    {
                        switch (key)
                        {
                            case "targetyear":
                                return SetInt(child, problems, v => options.ModelEmployer.TargetYear = v);
                            case "sharebasis":
                                return Set(child, problems, (TargetShareBasis b) => options.ModelEmployer.ShareBasis = b);
                            case "bands":
                                options.ModelEmployer.Bands.Clear();
                                foreach (var item in child.GetChildren())
                                {
                                    if (Grade.TryParse(item.Value, out var grade))
                                    {
                                        options.ModelEmployer.Bands.Add(grade);
                                    }
                                    else
                                    {
                                        problems.Add($"{item.Path}: '{item.Value}' is not a pay band.");
                                    }
                                }

                                return true;
                            default:
                                return false;
                        }
                    });
                    break;
                case "paygaps":
                    Each(section, problems, (child, key) => key switch
                    {
                        "ethnicitybasis" => Set(child, problems, (EthnicityPayGapBasis b) => options.PayGaps.EthnicityBasis = b),
                        "defaultpayperioddays" => SetInt(child, problems, v => options.PayGaps.DefaultPayPeriodDays = v),
                        "suppressionthreshold" => SetInt(child, problems, v => options.PayGaps.SuppressionThreshold = v),
                        _ => false,
                    });
                    break;
                case "maxissuespersource":
                    SetInt(section, problems, v => options.MaxIssuesPerSource = v);
                    break;
                case "mapping":
                    BindMapping(section, options.Mapping, problems);
                    break;
                default:
                    problems.Add(Unknown(section));
                    break;
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The Wres configuration cannot be read: " + string.Join(" ", problems));
        }
    }

    private static void BindEthnicity(IConfigurationSection section, EthnicityOptions ethnicity, List<string> problems) =>
        Each(section, problems, (child, key) =>
        {
            switch (key)
            {
                case "bmelabel":
                    ethnicity.BmeLabel = child.Value ?? string.Empty;
                    return true;
                case "localcodes":
                    ethnicity.LocalCodes.Clear();
                    foreach (var code in child.GetChildren())
                    {
                        var group = code["Group"];
                        if (code["Code"] is not { } text || code["Label"] is not { } label || !Enum.TryParse<EthnicGroup>(group, ignoreCase: true, out var parsed))
                        {
                            problems.Add($"{code.Path} needs a Code, a Label and a Group (White, Bme or Unknown).");
                            continue;
                        }

                        try
                        {
                            ethnicity.LocalCodes.Add(EthnicCategory.Local(text, label, parsed));
                        }
                        catch (ArgumentException e)
                        {
                            problems.Add($"{code.Path}: {e.Message.Split(" (Parameter", 2)[0]}");
                        }
                    }

                    return true;
                case "extralabels":
                    foreach (var entry in child.GetChildren())
                    {
                        var local = ethnicity.LocalCodes.FirstOrDefault(c => string.Equals(c.Code, entry.Value, StringComparison.OrdinalIgnoreCase));
                        if (local is not null || EthnicCategory.TryParse(entry.Value, out local))
                        {
                            ethnicity.ExtraLabels[entry.Key] = local;
                        }
                        else
                        {
                            problems.Add($"{entry.Path}: '{entry.Value}' is not an NHS ethnic category code or a registered local code.");
                        }
                    }

                    return true;
                default:
                    return false;
            }
        });

    private static void BindWorkforce(IConfigurationSection section, WorkforceOptions workforce, List<string> problems) =>
        Each(section, problems, (child, key) =>
        {
            switch (key)
            {
                case "excludedcategories":
                    workforce.ExcludedCategories.Clear();
                    foreach (var item in child.GetChildren())
                    {
                        Set(item, problems, (AssignmentCategory c) => workforce.ExcludedCategories.Add(c));
                    }

                    return true;
                case "staffgroupsegments":
                    foreach (var entry in child.GetChildren())
                    {
                        if (!StaffGroup.TryParse(entry.Key, out var group))
                        {
                            problems.Add($"{entry.Path}: '{entry.Key}' is not an ESR staff group code (01-10) or name.");
                            continue;
                        }

                        Set(entry, problems, (Segment s) => workforce.StaffGroupSegments[group] = s);
                    }

                    return true;
                case "occupationcodesegments":
                    foreach (var entry in child.GetChildren())
                    {
                        Set(entry, problems, (Segment s) => workforce.OccupationCodeSegments[entry.Key] = s);
                    }

                    return true;
                default:
                    return false;
            }
        });

    private static void BindStatistics(IConfigurationSection section, StatisticsOptions statistics, List<string> problems) =>
        Each(section, problems, (child, key) => key switch
        {
            "interval" => Set(child, problems, (IntervalMethod m) => statistics.Interval = m),
            "pvalue" => Set(child, problems, (PValueMethod m) => statistics.PValue = m),
            "lowerthreshold" => SetDecimal(child, problems, v => statistics.LowerThreshold = v),
            "upperthreshold" => SetDecimal(child, problems, v => statistics.UpperThreshold = v),
            "smallcellthreshold" => SetInt(child, problems, v => statistics.SmallCellThreshold = v),
            "smallbasethreshold" => SetInt(child, problems, v => statistics.SmallBaseThreshold = v),
            _ => false,
        });

    private static void BindMapping(IConfigurationSection section, InputMapping mapping, List<string> problems) =>
        Each(section, problems, (child, key) =>
        {
            switch (key)
            {
                case "columns":
                    foreach (var file in child.GetChildren())
                    {
                        var name = MappingFile.FileKeys.FirstOrDefault(k => string.Equals(k, file.Key, StringComparison.OrdinalIgnoreCase));
                        if (name is null)
                        {
                            problems.Add($"{file.Path} is not an input file; the files are {string.Join(", ", MappingFile.FileKeys)}.");
                            continue;
                        }

                        if (!mapping.Columns.TryGetValue(name, out var columns))
                        {
                            columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                            mapping.Columns.Add(name, columns);
                        }

                        foreach (var column in file.GetChildren())
                        {
                            columns[column.Key] = column.Value ?? string.Empty;
                        }
                    }

                    return true;
                case "values":
                    Each(child, problems, (kind, kindKey) =>
                    {
                        var target = kindKey switch
                        {
                            "ethnicity" => mapping.Values.Ethnicity,
                            "grade" => mapping.Values.Grade,
                            "staffgroup" => mapping.Values.StaffGroup,
                            "casetype" => mapping.Values.CaseType,
                            "assignmentcategory" => mapping.Values.AssignmentCategory,
                            "disability" => mapping.Values.Disability,
                            "sex" => mapping.Values.Sex,
                            _ => null,
                        };
                        if (target is null)
                        {
                            return false;
                        }

                        foreach (var entry in kind.GetChildren())
                        {
                            target[entry.Key] = entry.Value ?? string.Empty;
                        }

                        return true;
                    });
                    return true;
                default:
                    return false;
            }
        });

    /// <summary>
    /// Calls <paramref name="bind"/> for every child (local codes first, so that other options can name them); a child it
    /// does not take is an unknown key.
    /// </summary>
    private static void Each(IConfigurationSection section, List<string> problems, Func<IConfigurationSection, string, bool> bind)
    {
        foreach (var child in section.GetChildren().OrderBy(c => Key(c) == "localcodes" ? 0 : 1))
        {
            if (!bind(child, Key(child)))
            {
                problems.Add(Unknown(child));
            }
        }
    }

    private static bool Set<T>(IConfigurationSection section, List<string> problems, Action<T> set)
        where T : struct, Enum
    {
        if (Enum.TryParse<T>(section.Value, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(section.Value, out _))
        {
            set(value);
        }
        else
        {
            problems.Add($"{section.Path}: '{section.Value}' is not one of {string.Join(", ", Enum.GetNames<T>().Where(n => n != "Unknown"))}.");
        }

        return true;
    }

    private static bool SetInt(IConfigurationSection section, List<string> problems, Action<int> set)
    {
        if (int.TryParse(section.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            set(value);
        }
        else
        {
            problems.Add($"{section.Path}: '{section.Value}' is not a whole number.");
        }

        return true;
    }

    private static bool SetDecimal(IConfigurationSection section, List<string> problems, Action<decimal> set)
    {
        if (decimal.TryParse(section.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            set(value);
        }
        else
        {
            problems.Add($"{section.Path}: '{section.Value}' is not a number.");
        }

        return true;
    }

    private static string Key(IConfigurationSection section) => section.Key.ToLowerInvariant();

    private static string Unknown(IConfigurationSection section) => $"{section.Path} is not a Wres option.";
}
