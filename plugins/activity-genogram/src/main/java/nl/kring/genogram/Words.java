package nl.kring.genogram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.kring.genogram.Genogram.CoupleStatus;
import nl.kring.genogram.Genogram.Marker;
import nl.kring.genogram.Genogram.RelationType;
import nl.kring.genogram.Genogram.Sex;
import nl.kring.genogram.NetworkMap.LinkType;
import nl.kring.genogram.NetworkMap.Sector;

/** The words of drawings, text alternatives and findings, in Dutch ({@code nl}) and English (anything else). */
final class Words {

    private static final Map<String, String[]> TEXTS = new HashMap<>();

    private static void put(String key, String en, String nl) {
        TEXTS.put(key, new String[] {en, nl});
    }

    static {
        put("male", "man", "man");
        put("female", "woman", "vrouw");
        put("other", "other gender", "andere gender");
        put("unknown", "sex unknown", "geslacht onbekend");
        put("pregnancy", "pregnancy", "zwangerschap");
        put("miscarriage", "miscarriage", "miskraam");
        put("org", "organisation", "organisatie");
        put("substance", "substance misuse", "middelenmisbruik");
        put("mental", "mental illness", "psychische aandoening");
        put("recovery", "in recovery", "in herstel");
        put("index", "the client", "de cliënt");
        put("born", "born {0}", "geboren {0}");
        put("died", "died {0}", "overleden {0}");
        put("deceased", "deceased", "overleden");
        put("married", "married", "getrouwd");
        put("cohabiting", "living together", "samenwonend");
        put("separated", "separated", "uit elkaar");
        put("divorced", "divorced", "gescheiden");
        put("married.short", "m.", "getr.");
        put("cohabiting.short", "tog.", "samenw.");
        put("separated.short", "sep.", "uit elk.");
        put("divorced.short", "div.", "gesch.");
        put("is.married", "{0} is married to {1}", "{0} is getrouwd met {1}");
        put("was.married", "{0} was married to {1}", "{0} was getrouwd met {1}");
        put("is.cohabiting", "{0} lives with {1}", "{0} woont samen met {1}");
        put("was.cohabiting", "{0} lived with {1}", "{0} woonde samen met {1}");
        put("is.separated", "{0} is separated from {1}", "{0} is uit elkaar met {1}");
        put("is.divorced", "{0} is divorced from {1}", "{0} is gescheiden van {1}");
        put("is.parents", "{0} has children with {1} (their relationship is not given)",
                "{0} heeft kinderen met {1} (hun relatie is niet opgegeven)");
        put("children.of", "Children of {0}, oldest first: {1}.", "Kinderen van {0}, van oud naar jong: {1}.");
        put("twins", "twins", "tweeling");
        put("identical", "identical twins", "eeneiige tweeling");
        put("fraternal", "fraternal twins", "twee-eiige tweeling");
        put("adopted", "adopted", "geadopteerd");
        put("foster", "foster child", "pleegkind");
        put("and", "and", "en");
        put("child.of", "child of {0}", "kind van {0}");
        put("twin.of", "twin of {0}", "tweeling met {0}");
        put("since", "since {0}", "sinds {0}");
        put("in", "in {0}", "in {0}");
        put("generation", "Generation {0}", "Generatie {0}");
        put("genogram", "Genogram", "Genogram");
        put("genogram.of", "Genogram of {0}", "Genogram van {0}");
        put("summary", "{0} generations, {1} people.", "{0} generaties, {1} personen.");
        put("summary.one", "1 generation, {1} people.", "1 generatie, {1} personen.");
        put("client.is", "The client is {0}.", "De cliënt is {0}.");
        put("no.client", "No client is marked.", "Er is geen cliënt aangeduid.");
        put("relations", "Emotional relationships", "Emotionele relaties");
        put("households", "Households", "Huishoudens");
        put("live.together", "{0} live together.", "{0} wonen samen.");
        put("lives.alone", "{0} lives alone.", "{0} woont alleen.");
        put("close", "close", "nauw verbonden");
        put("fused", "fused", "versmolten");
        put("distant", "distant", "afstandelijk");
        put("conflict", "conflict", "conflict");
        put("cut-off", "cut-off", "verbroken contact");
        put("abuse", "abuse", "misbruik of mishandeling");
        put("hostile-close", "close but hostile", "nauw maar vijandig");
        put("abuse.by", "{0} abuses {1}", "{0} mishandelt of misbruikt {1}");
        put("legend", "Legend", "Legenda");
        put("source", "Symbols after McGoldrick, Gerson & Petry", "Symbolen volgens McGoldrick, Gerson & Petry");
        put("legend.years", "birth year, † death year", "geboortejaar, † sterfjaar");
        put("legend.index", "index person (the client)", "indexpersoon (de cliënt)");
        put("legend.child", "child", "kind");
        put("legend.adopted", "adopted child", "geadopteerd kind");
        put("legend.foster", "foster child", "pleegkind");
        put("legend.twins", "twins", "tweeling");
        put("legend.identical", "identical twins", "eeneiige tweeling");
        put("legend.parents", "parents, relationship not given", "ouders, relatie niet opgegeven");
        put("legend.household", "household (living together)", "huishouden (wonen samen)");
        put("legend.married", "married", "getrouwd");
        put("legend.cohabiting", "living together", "samenwonend");
        put("legend.separated", "separated", "uit elkaar");
        put("legend.divorced", "divorced", "gescheiden");
        put("legend.substance", "substance misuse (lower half)", "middelenmisbruik (onderste helft)");
        put("legend.mental", "mental illness (left half)", "psychische aandoening (linkerhelft)");
        put("legend.recovery", "in recovery (lower half hatched)", "in herstel (onderste helft gearceerd)");
        put("legend.abuse", "abuse (arrow to the one abused)", "misbruik, mishandeling (pijl naar slachtoffer)");
        put("family", "Family", "Familie");
        put("friends", "Friends and neighbours", "Vrienden en buren");
        put("work", "Work and school", "Werk en school");
        put("care", "Care professionals", "Hulpverlening");
        put("sector.other", "Others", "Overigen");
        put("support", "support", "steun");
        put("stress", "stress", "stress");
        put("link.conflict", "conflict", "conflict");
        put("ring1", "close", "dichtbij");
        put("ring2", "in between", "tussenin");
        put("ring3", "far", "veraf");
        put("legend.rings", "rings: 1 close, 2 in between, 3 far", "ringen: 1 dichtbij, 2 tussenin, 3 veraf");
        put("map", "Network map", "Netwerkkaart");
        put("map.of", "Network map of {0}", "Netwerkkaart van {0}");
        put("map.summary", "{0} in the centre; {1} people and organisations around.",
                "{0} in het midden; {1} personen en organisaties eromheen.");
        put("map.none", "nobody", "niemand");
        put("distance", "distance {0} ({1})", "afstand {0} ({1})");
        put("link.with", "{0} with {1}", "{0} met {1}");
        put("links.between", "Lines between others", "Lijnen tussen anderen");
        put("links.none", "no line", "geen lijn");
        put("text.follows", "A description in words follows the drawing.", "Een beschrijving in woorden staat bij de tekening.");
        // findings of GenogramDiff
        put("d.missing", "{0} is missing", "{0} ontbreekt");
        put("d.person.extra", "{0} is not in the model answer", "{0} staat niet in het modelantwoord");
        put("d.sex", "{0} should be drawn as {1}, not {2}", "{0} hoort getekend als {1}, niet als {2}");
        put("d.sex.missing", "{0} should be drawn as {1}", "{0} hoort getekend als {1}");
        put("d.born", "{0} was born in {1}, not {2}", "{0} is geboren in {1}, niet in {2}");
        put("d.born.missing", "the birth year of {0} ({1}) is missing", "het geboortejaar van {0} ({1}) ontbreekt");
        put("d.death.missing", "the death of {0} is missing", "het overlijden van {0} ontbreekt");
        put("d.died", "{0} died in {1}, not {2}", "{0} is overleden in {1}, niet in {2}");
        put("d.death.extra", "{0} has not died", "{0} is niet overleden");
        put("d.index", "{0} should be marked as the client (index)", "{0} hoort aangeduid als de cliënt (index)");
        put("d.index.extra", "{0} is not the client", "{0} is niet de cliënt");
        put("d.marker.missing", "{0}: {1} is missing", "{0}: {1} ontbreekt");
        put("d.marker.extra", "{0}: {1} is not in the model answer", "{0}: {1} staat niet in het modelantwoord");
        put("d.couple.missing", "the couple {0} and {1} ({2}) is missing", "het koppel {0} en {1} ({2}) ontbreekt");
        put("d.couple.status", "{0} and {1} should be {2}, not {3}", "{0} en {1} horen {2} te zijn, niet {3}");
        put("d.couple.extra", "{0} and {1} are not a couple in the model answer",
                "{0} en {1} zijn geen koppel in het modelantwoord");
        put("d.child.missing", "{0} is missing among the children of {1}", "{0} ontbreekt bij de kinderen van {1}");
        put("d.child.parents", "{0} should be a child of {1}, not of {2}", "{0} hoort een kind van {1} te zijn, niet van {2}");
        put("d.child.extra", "{0} is not a child of {1} in the model answer",
                "{0} is in het modelantwoord geen kind van {1}");
        put("d.child.kind", "{0} should be {1}, not {2}", "{0} hoort {1} te zijn, niet {2}");
        put("kind.biological", "a biological child", "een biologisch kind");
        put("kind.adopted", "adopted", "geadopteerd");
        put("kind.foster", "a foster child", "een pleegkind");
        put("d.twins", "{0} should be twins", "{0} horen een tweeling te zijn");
        put("d.twins.identical", "{0} should be identical twins", "{0} horen een eeneiige tweeling te zijn");
        put("d.twins.fraternal", "{0} should be fraternal twins", "{0} horen een twee-eiige tweeling te zijn");
        put("d.order", "the children of {0} are not in birth order (oldest first: {1})",
                "de kinderen van {0} staan niet in geboortevolgorde (van oud naar jong: {1})");
        put("d.relation.missing", "the relationship between {0} and {1} ({2}) is missing",
                "de relatie tussen {0} en {1} ({2}) ontbreekt");
        put("d.relation.type", "the relationship between {0} and {1} should be {2}, not {3}",
                "de relatie tussen {0} en {1} hoort {2} te zijn, niet {3}");
        put("d.relation.direction", "the abuse goes from {0} to {1}, not the other way round",
                "het misbruik of de mishandeling gaat van {0} naar {1}, niet andersom");
        put("d.relation.extra", "the relationship between {0} and {1} is not in the model answer",
                "de relatie tussen {0} en {1} staat niet in het modelantwoord");
        put("d.household.missing", "{0} is missing from the household of {1}", "{0} ontbreekt in het huishouden van {1}");
        put("d.household.extra", "{0} does not live in the household of {1}", "{0} woont niet in het huishouden van {1}");
        put("d.household.unexpected", "the household of {0} is not in the model answer",
                "het huishouden van {0} staat niet in het modelantwoord");
        put("d.sector", "{0} belongs in {1}, not in {2}", "{0} hoort bij {1}, niet bij {2}");
        put("d.sector.missing", "{0} belongs in {1}", "{0} hoort bij {1}");
        put("d.distance", "{0} should be at distance {1}, not {2}", "{0} hoort op afstand {1}, niet {2}");
        put("d.distance.missing", "{0} should be at distance {1}", "{0} hoort op afstand {1}");
        put("d.link.missing", "the line between {0} and {1} ({2}) is missing", "de lijn tussen {0} en {1} ({2}) ontbreekt");
        put("d.link.type", "the line between {0} and {1} should be {2}, not {3}",
                "de lijn tussen {0} en {1} hoort {2} te zijn, niet {3}");
        put("d.link.extra", "the line between {0} and {1} ({2}) is not in the model answer",
                "de lijn tussen {0} en {1} ({2}) staat niet in het modelantwoord");
        // kinship, relative to the index person
        put("father", "father", "vader");
        put("mother", "mother", "moeder");
        put("parent", "parent", "ouder");
        put("son", "son", "zoon");
        put("daughter", "daughter", "dochter");
        put("child", "child", "kind");
        put("brother", "brother", "broer");
        put("sister", "sister", "zus");
        put("sibling", "sibling", "broer of zus");
        put("partner", "partner", "partner");
        put("ex-partner", "ex-partner", "ex-partner");
        put("grandfather", "grandfather", "grootvader");
        put("grandmother", "grandmother", "grootmoeder");
        put("grandparent", "grandparent", "grootouder");
        put("grandson", "grandson", "kleinzoon");
        put("granddaughter", "granddaughter", "kleindochter");
        put("grandchild", "grandchild", "kleinkind");
        put("uncle", "uncle", "oom");
        put("aunt", "aunt", "tante");
        put("parents-sibling", "uncle or aunt", "oom of tante");
        put("nephew", "nephew", "neef");
        put("niece", "niece", "nicht");
        put("siblings-child", "nephew or niece", "neef of nicht");
        put("father-in-law", "father-in-law", "schoonvader");
        put("mother-in-law", "mother-in-law", "schoonmoeder");
        put("parent-in-law", "parent-in-law", "schoonouder");
        put("son-in-law", "son-in-law", "schoonzoon");
        put("daughter-in-law", "daughter-in-law", "schoondochter");
        put("child-in-law", "child-in-law", "schoonkind");
        put("brother-in-law", "brother-in-law", "zwager");
        put("sister-in-law", "sister-in-law", "schoonzus");
        put("sibling-in-law", "sibling-in-law", "zwager of schoonzus");
        put("stepfather", "stepfather", "stiefvader");
        put("stepmother", "stepmother", "stiefmoeder");
        put("stepparent", "step-parent", "stiefouder");
        put("kin.of", "{0} of {1}", "{0} van {1}");
    }

    private final int language;

    private Words(int language) {
        this.language = language;
    }

    static Words of(String language) {
        return new Words("nl".equalsIgnoreCase(language == null ? "" : language.trim()) ? 1 : 0);
    }

    /** The text for {@code key}, with {0}, {1} … replaced by {@code args}. */
    String t(String key, Object... args) {
        String[] texts = TEXTS.get(key);
        if (texts == null) {
            throw new IllegalArgumentException("no text for " + key);
        }
        String text = texts[language];
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    String sex(Sex sex) {
        return t(sex.word());
    }

    String marker(Marker marker) {
        return t(marker.word());
    }

    String status(CoupleStatus status) {
        return t(status.word());
    }

    String relation(RelationType type) {
        return t(type.word());
    }

    String sector(Sector sector) {
        return sector == Sector.OTHER ? t("sector.other") : t(sector.word());
    }

    String link(LinkType type) {
        return type == LinkType.CONFLICT ? t("link.conflict") : t(type.word());
    }

    /** {@code a, b and c}. */
    String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + t("and") + " " + items.get(items.size() - 1);
    }
}
