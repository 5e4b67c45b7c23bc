using IqSite.Charts;

namespace IqSite.Charts.Tests;

/// <summary>
/// Realistic figures of the IQ programme. 181,175 first consultations is the programme's
/// published total; the breakdowns are illustrative, shaped like the report's charts.
/// </summary>
internal static class SampleSpecs
{
    public static ChartSpec Professions => new(
        ChartKind.HorizontalBar,
        "Häufigste Referenzberufe in der Anerkennungsberatung",
        "Balkendiagramm: Gesundheits- und Krankenpfleger*in 24.512, Ärztin/Arzt 18.230, Ingenieur*in 9.874, Lehrer*in 7.120, Erzieher*in 5.310.",
        ["Gesundheits- und Krankenpfleger*in", "Ärztin/Arzt", "Ingenieur*in", "Lehrer*in", "Erzieher*in"],
        [new ChartSeries("Beratene Personen", [24512, 18230, 9874, 7120, 5310])],
        ChartUnit.Count,
        null);

    public static ChartSpec ProfessionsArabic => new(
        ChartKind.HorizontalBar,
        "المهن الأكثر شيوعًا في استشارات الاعتراف",
        "رسم بياني شريطي للمهن الأكثر شيوعًا.",
        ["ممرض / ممرضة", "طبيب / طبيبة", "مهندس / مهندسة", "معلم / معلمة"],
        [new ChartSeries("الأشخاص", [24512, 18230, 9874, 7120])],
        ChartUnit.Count,
        null);

    public static ChartSpec Nationalities => new(
        ChartKind.GroupedBar,
        "Top-5-Staatsangehörigkeiten in der Anerkennungsberatung",
        "Gruppiertes Balkendiagramm, Anteil an allen Beratenen, 2015–2018 gegenüber 2019–2022: Syrien 27,0 % und 17,4 %, Türkei 5,1 % und 6,8 %, Indien 2,3 % und 6,2 %, Bosnien und Herzegowina 3,9 % und 4,6 %, Iran 4,4 % und 3,5 %.",
        ["Syrien", "Türkei", "Indien", "Bosnien und Herzegowina", "Iran"],
        [
            new ChartSeries("2015–2018", [27.0, 5.1, 2.3, 3.9, 4.4]),
            new ChartSeries("2019–2022", [17.4, 6.8, 6.2, 4.6, 3.5]),
        ],
        ChartUnit.Percent,
        null);

    public static ChartSpec TrainingParticipants => new(
        ChartKind.StackedBar,
        "Participants in IQ trainings by format",
        "Stacked bar chart of participants per year, in person and online: 2019 9,820 and 1,240; 2020 3,410 and 6,950; 2021 2,980 and 8,730; 2022 5,670 and 7,310.",
        ["2019", "2020", "2021", "2022"],
        [
            new ChartSeries("In person", [9820, 3410, 2980, 5670]),
            new ChartSeries("Online", [1240, 6950, 8730, 7310]),
        ],
        ChartUnit.Count,
        null);

    public static ChartSpec ConsultationsPerYear => new(
        ChartKind.Line,
        "First consultations in recognition counselling per year",
        "Line chart: 2019 52,310; 2020 41,870; 2021 44,930; 2022 (January to September) 42,065.",
        ["2019", "2020", "2021", "2022 (Jan–Sep)"],
        [new ChartSeries("First consultations", [52310, 41870, 44930, 42065])],
        ChartUnit.Count,
        null);

    public static ChartSpec ConsultationsPerYearArabic => new(
        ChartKind.Line,
        "الاستشارات الأولى حسب السنة",
        "رسم بياني خطي للاستشارات الأولى من 2019 إلى 2022.",
        ["2019", "2020", "2021", "2022"],
        [
            new ChartSeries("استشارات الاعتراف", [52310, 41870, 44930, 42065]),
            new ChartSeries("استشارات التأهيل", [18400, 15200, 17900, 16350]),
        ],
        ChartUnit.Count,
        null);

    public static ChartSpec CounsellingOutcome => new(
        ChartKind.PartToWhole,
        "Ergebnis der Anerkennungsverfahren nach Beratung",
        "100-%-Balken: volle Gleichwertigkeit 52,3 %, Ausgleichsmaßnahme 31,8 %, teilweise Gleichwertigkeit 9,6 %, keine Gleichwertigkeit 6,3 %.",
        ["Alle Verfahren"],
        [
            new ChartSeries("Volle Gleichwertigkeit", [523]),
            new ChartSeries("Ausgleichsmaßnahme", [318]),
            new ChartSeries("Teilweise Gleichwertigkeit", [96]),
            new ChartSeries("Keine Gleichwertigkeit", [63]),
        ],
        ChartUnit.Count,
        null);

    public static ChartSpec CounsellingOutcomeArabic => new(
        ChartKind.PartToWhole,
        "نتائج إجراءات الاعتراف حسب الفترة",
        "شريط ١٠٠٪ لكل فترة.",
        ["2015–2018", "2019–2022"],
        [
            new ChartSeries("معادلة كاملة", [480, 523]),
            new ChartSeries("إجراء تعويضي", [350, 318]),
            new ChartSeries("معادلة جزئية", [170, 159]),
        ],
        ChartUnit.Count,
        null);

    public static ChartSpec FirstConsultations => new(
        ChartKind.KeyFigure,
        "Erstberatungen 01/2019–09/2022",
        "181.175 Erstberatungen in der Anerkennungs- und Qualifizierungsberatung von Januar 2019 bis September 2022.",
        ["Erstberatungen"],
        [new ChartSeries("Erstberatungen", [181175])],
        ChartUnit.Count,
        "Erstberatungen in der Anerkennungs- und Qualifizierungsberatung");
}
