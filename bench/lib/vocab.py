"""Parallel English/German vocabulary for the benchmark corpus.

Each line is `english|german`. The generator picks word indices once per page and renders them
in both languages, so a German page mirrors its English page word for word (same word count,
same structure) while carrying umlauts and ß. Neither column may contain Markdown syntax.
"""

_PAIRS = """
participation|Beteiligung
town|Kleinstadt
towns|Kleinstädte
street|Straße
streets|Straßen
large|groß
larger|größer
migrants|Migrantinnen
newcomers|Neuzugewanderte
council|Gemeinderat
councils|Gemeinderäte
mayor|Bürgermeister
mayors|Bürgermeisterinnen
citizens|Bürgerinnen
citizenship|Staatsbürgerschaft
public|öffentlich
future|Zukunft
experience|Erfahrung
experiences|Erfahrungen
needs|Bedürfnisse
possible|möglich
across|über
for|für
access|Zugang
equal|gleichberechtigt
measure|Maßnahme
measures|Maßnahmen
especially|besonders
difficult|schwierig
advice|Beratung
education|Bildung
support|Unterstützung
influence|Einfluss
trust|Vertrauen
barrier|Hürde
barriers|Hürden
opportunity|Möglichkeit
opportunities|Möglichkeiten
welcome|Willkommen
associations|Vereine
neighbourhood|Nachbarschaft
neighbourhoods|Nachbarschaften
language|Sprache
courses|Kurse
schools|Schulen
employment|Beschäftigung
housing|Wohnraum
committee|Ausschuss
committees|Ausschüsse
elections|Wahlen
voting|Stimmabgabe
rights|Rechte
residents|Einwohnerinnen
dialogue|Dialog
meetings|Treffen
volunteers|Ehrenamtliche
administration|Verwaltung
mediators|Vermittlerinnen
outreach|Öffentlichkeitsarbeit
small|klein
medium-sized|mittelgroß
rural|ländlich
regional|regional
local|örtlich
social|sozial
cultural|kulturell
political|politisch
civic|bürgerschaftlich
inclusive|inklusiv
visible|sichtbar
strong|stark
weak|schwach
new|neu
long-standing|langjährig
shared|gemeinsam
early|früh
open|offen
fair|gerecht
green|grün
builds|baut
supports|unterstützt
strengthens|stärkt
opens|öffnet
reaches|erreicht
listens|hört
invites|lädt
creates|schafft
improves|verbessert
reduces|verringert
shows|zeigt
needs|benötigt
helps|hilft
connects|verbindet
encourages|ermutigt
includes|umfasst
depends|hängt
changes|verändert
requires|erfordert
allows|ermöglicht
the|die
a|eine
of|der
in|in
and|und
with|mit
without|ohne
between|zwischen
through|durch
before|vor
after|nach
because|weil
although|obwohl
while|während
often|häufig
rarely|selten
always|immer
never|nie
already|bereits
still|noch
more|mehr
less|weniger
many|viele
few|wenige
most|meiste
every|jede
each|jeder
their|ihre
its|seine
our|unsere
this|diese
that|dass
which|welche
where|wo
when|wenn
how|wie
why|warum
who|wer
project|Projekt
projects|Projekte
policy|Politik
policies|Maßnahmenpakete
strategy|Strategie
strategies|Strategien
integration|Integration
diversity|Vielfalt
community|Gemeinschaft
communities|Gemeinschaften
office|Büro
offices|Ämter
officials|Beamtinnen
staff|Personal
resources|Ressourcen
funding|Förderung
budget|Haushalt
capacity|Kapazität
network|Netzwerk
networks|Netzwerke
partners|Partner
partnership|Partnerschaft
cooperation|Zusammenarbeit
region|Region
municipality|Gemeinde
municipalities|Gemeinden
district|Landkreis
state|Bundesland
country|Staat
europe|Europa
european|europäisch
national|national
federal|föderal
level|Ebene
levels|Ebenen
space|Raum
spaces|Räume
square|Platz
market|Markt
festival|Fest
library|Bücherei
church|Kirche
club|Verein
sports|Sport
football|Fußball
youth|Jugend
children|Kinder
families|Familien
women|Frauen
men|Männer
elders|Ältere
workers|Arbeitskräfte
employers|Arbeitgeber
businesses|Betriebe
shops|Läden
bakery|Bäckerei
doctors|Ärztinnen
teachers|Lehrkräfte
students|Schülerinnen
parents|Eltern
neighbours|Nachbarn
friends|Freundinnen
groups|Gruppen
leaders|Führungskräfte
figures|Schlüsselpersonen
bridge|Brücke
bridges|Brücken
door|Tür
doors|Türen
voice|Stimme
voices|Stimmen
story|Geschichte
stories|Geschichten
knowledge|Wissen
skills|Fähigkeiten
time|Zeit
years|Jahre
months|Monate
weeks|Wochen
days|Tage
decade|Jahrzehnt
history|Vergangenheit
present|Gegenwart
change|Wandel
growth|Wachstum
decline|Rückgang
population|Bevölkerung
density|Dichte
share|Anteil
survey|Umfrage
interviews|Gespräche
workshops|Werkstätten
findings|Befunde
results|Ergebnisse
evidence|Belege
report|Bericht
reports|Berichte
study|Studie
research|Forschung
method|Methode
methods|Methoden
practice|Praxis
practices|Praktiken
example|Beispiel
examples|Beispiele
lessons|Lehren
question|Frage
questions|Fragen
answer|Antwort
answers|Antworten
problem|Problem
problems|Probleme
solution|Lösung
solutions|Lösungen
approach|Ansatz
approaches|Ansätze
goal|Ziel
goals|Ziele
plan|Plan
plans|Pläne
step|Schritt
steps|Schritte
idea|Idee
ideas|Ideen
role|Rolle
roles|Rollen
rules|Regeln
law|Gesetz
laws|Gesetze
status|Aufenthaltsstatus
permit|Aufenthaltserlaubnis
asylum|Asyl
refugees|Geflüchtete
arrival|Ankunft
reception|Aufnahme
belonging|Zugehörigkeit
recognition|Anerkennung
representation|Vertretung
engagement|Engagement
responsibility|Verantwortung
continuity|Kontinuität
visibility|Sichtbarkeit
sustainability|Nachhaltigkeit
quality|Qualität
openness|Aufgeschlossenheit
everyday|alltäglich
informal|informell
formal|förmlich
successful|erfolgreich
careful|sorgfältig
important|wichtig
different|unterschiedlich
similar|ähnlich
clear|klar
simple|einfach
complex|vielschichtig
slow|langsam
quick|schnell
lasting|dauerhaft
temporary|vorübergehend
direct|unmittelbar
indirect|mittelbar
practical|praktisch
white|weiß
hot|heiß
sweet|süß
bitter|bitter
beautiful|schön
happy|glücklich
useful|nützlich
"""

PAIRS = [tuple(line.split("|")) for line in _PAIRS.strip().splitlines()]
EN = [p[0] for p in PAIRS]
DE = [p[1] for p in PAIRS]
assert all(len(p) == 2 and " " not in p[0] and " " not in p[1] for p in PAIRS)

# Names and places: shown the same in both languages, with umlauts and ß.
TOWN_STEMS = [
    "Groß", "Klein", "Mühl", "Bad", "Ober", "Unter", "Alt", "Neu", "Hohen", "Nieder",
    "Weiß", "Schön", "Rot", "Grün", "Süd", "Nord", "Ost", "West", "Fürsten", "König",
]
TOWN_ENDS = [
    "bach", "berg", "burg", "dorf", "feld", "furt", "hausen", "heim", "stadt", "tal",
    "au", "brück", "münde", "rode", "stätt", "wald", "weiler", "höfen", "kirchen", "see",
]
COUNTRIES = [
    # code, English, German
    ("DE", "Germany", "Deutschland"),
    ("AT", "Austria", "Österreich"),
    ("IT", "Italy", "Italien"),
    ("BE", "Belgium", "Belgien"),
    ("GR", "Greece", "Griechenland"),
    ("NL", "Netherlands", "Niederlande"),
]
REGIONS = [
    ("Hesse", "Hessen"), ("Bavaria", "Bayern"), ("Thuringia", "Thüringen"),
    ("Lower Saxony", "Niedersachsen"), ("Styria", "Steiermark"), ("Tyrol", "Tirol"),
    ("Marche", "Marken"), ("Flanders", "Flandern"), ("Western Macedonia", "Westmakedonien"),
    ("Gelderland", "Geldern"), ("Carinthia", "Kärnten"), ("Saxony", "Sachsen"),
]
SURNAMES = [
    "Rossi", "Müller", "Schäfer", "Groß", "Jäger", "Böhm", "Weiß", "Günther", "Krämer",
    "Papadopoulos", "Janssens", "de Vries", "Bianchi", "Öztürk", "Hoffmann", "Schenkel",
]
GIVEN = ["Anna", "Jörg", "Maria", "Sören", "Lea", "Tiziana", "Peter", "Björn", "Eleni",
         "Katrin", "Jürgen", "Sofie", "Luca", "Zoë", "Maximilian", "Dörte"]
