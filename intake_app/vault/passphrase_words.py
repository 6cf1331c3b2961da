"""The words of the liaisons' communities that the strength rule knows (review r7i R7I-1).

The liaisons are diaspora community members (docs/DESIGN.md §1); an attacker of a copied
profile guesses in the languages they speak, as zxcvbn's own lists guess in English. zxcvbn and
the Dutch lists (vault/passphrase.py) accepted "şifre2026şifre" (Turkish "password"),
"пароль2026" (Russian), "كلمةالسر2026" (Arabic), "wodemima2026" (pinyin "my password"),
"woaini1314520", "Inshallah2026", "Erdogan2026", "Wydad1937Wydad" and "qwertzuiop2026".

Two lists, each a word in its own script and in the Latin transliteration people type on a
Dutch keyboard (a word with diacritics is also known without them, vault/passphrase.py):

- `SECRET_WORDS`: the words people take *as* a password and that hide nothing: "password", "my
  password", "I love you" and their number codes, and the app's own words. The rule also judges
  a passphrase with these (and the profile's names) taken out (`strength`, the "residue").
- `COMMUNITY_WORDS`: words an attacker tries early: religious phrases, common first names,
  cities, football clubs, leaders, keyboard rows of the communities' layouts (QWERTZ, AZERTY,
  ЙЦУКЕН, Arabic, Persian, Turkish F). zxcvbn ranks them as a dictionary, so a passphrase of one
  of them with a year is weak.

Sources: the languages' own words for "password" as their operating systems and web sites show
them (Turkish şifre/parola, Arabic كلمة السر/كلمة المرور, Persian رمز/گذرواژه/رمز عبور, Russian
пароль, Chinese 密码 mima, Amharic የይለፍ ቃል, Kabyle awal uffir), the published leaked-password
rankings for Chinese (woaini, 5201314, 1314520) and Russian sites, and the communities of
DESIGN.md §1 (Turkish, Moroccan with Tamazight, Iranian, Russian-speaking, Chinese, Eritrean).
Not a complete dictionary of any language: what this list misses, zxcvbn's brute-force estimate
still judges. Lower case; the rule lower-cases what it judges.
"""

from __future__ import annotations

#: "password", "my password", "I love you" (and its number codes), the app's own words:
#: taken out of a passphrase before it is judged once more.
SECRET_WORDS = (
    # Turkish
    "şifre", "şifrem", "parola", "parolam", "seniseviyorum",
    # Arabic (Modern Standard, Moroccan Darija, Egyptian)
    "كلمةالسر", "كلمةالمرور", "كلمةسر", "kalimatalsir", "kalimatsir", "kalimaalsir",
    "kalimatalmurur", "ahebak", "ahebek", "ohibbuk", "ohibbuki", "uhibbuk", "nhebek",
    "nhebbek", "kanbghik", "bahebak", "bahebek", "احبك", "انااحبك", "بحبك",
    # Persian
    "رمز", "رمزعبور", "گذرواژه", "کلمهعبور", "ramz", "ramzeobur", "ramzobur", "gozarvazhe",
    "gozarvaje", "kalameobur", "doostetdaram", "dooset", "dustetdaram", "دوستتدارم",
    # Russian
    "пароль", "мойпароль", "parol", "moyparol", "ятебялюблю", "yatebyalyublyu",
    "yatebyalublu",
    # Chinese (pinyin and characters; the number codes for "I love you")
    "mima", "wodemima", "密码", "我的密码", "woaini", "我爱你", "5201314", "1314520",
    "woaini1314",
    # Amharic and Tigrinya, Tamazight (Kabyle)
    "የይለፍቃል", "yeyilefqal", "ፍቅር", "ፍቅሪ", "fikir", "fiqri", "awaluffir",
    # Dutch and English, as the communities type them
    "wachtwoord", "password", "paswoord", "passwort", "motdepasse", "ikhouvanjou",
    "iloveyou", "jetaime",
)

#: Words an attacker of these communities tries early: a ranked dictionary for zxcvbn.
COMMUNITY_WORDS = (
    # Religious phrases
    "allah", "bismillah", "inshallah", "inshaallah", "insallah", "mashallah", "masallah",
    "alhamdulillah", "hamdulillah", "hamdoulilah", "subhanallah", "allahuakbar", "allahuekber",
    "lailahaillallah", "astaghfirullah", "salam", "salaam", "assalamualaikum",
    "salamalaikum", "yallah", "habibi", "habibti", "الله", "بسمالله", "انشاءالله",
    "ماشاءالله", "الحمدلله", "حبيبي", "حبيبتي", "خدا", "khoda", "selam", "ሰላም",
    # First names
    "mohammed", "mohamed", "muhammad", "mohammad", "ahmed", "ahmad", "mehmet", "mustafa",
    "ali", "hassan", "hussein", "hossein", "youssef", "yusuf", "ayoub", "hamza", "omar",
    "ibrahim", "fatima", "fatma", "aisha", "ayse", "ayşe", "zahra", "maryam", "meryem",
    "khadija", "amina", "zeynep", "elif", "emine", "reza", "fatemeh", "sergei", "olga",
    "natasha", "wei", "li", "aini", "520", "yohannes", "tesfay", "tesfaye", "semhar",
    # Places
    "rabat", "casablanca", "tanger", "tangier", "marrakech", "fes", "agadir", "nador",
    "alhoceima", "oujda", "tetouan", "maroc", "morocco", "maghrib", "dimamaghrib",
    "amazigh", "tamazgha", "azul", "istanbul", "ankara", "izmir", "konya", "kayseri",
    "türkiye", "turkiye", "turkey", "tehran", "teheran", "iran", "shiraz", "isfahan",
    "mashhad", "azadi", "moskva", "москва", "россия", "rossiya", "russia", "beijing",
    "shanghai", "zhongguo", "中国", "asmara", "ኣስመራ", "eritrea", "ertra", "ኤርትራ",
    "massawa", "keren", "habesha",
    # Football clubs
    "galatasaray", "fenerbahçe", "beşiktaş", "trabzonspor", "wydad", "raja", "spartak",
    "zenit", "cska", "persepolis", "esteghlal",
    # Leaders and national words
    "erdoğan", "atatürk", "bozkurt", "vatan", "watan", "khamenei", "putin", "xijinping",
    "isaias", "awetnihafash", "nhafash",
    # Keyboard rows of the communities' layouts (zxcvbn knows QWERTY and Dvorak only)
    "qwertz", "qwertzuiop", "yxcvbnm", "azerty", "azertyuiop", "qsdfghjklm", "wxcvbn",
    "йцукен", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю", "ضصثقفغعهخحجد", "شسيبلاتنمكط",
    "ضصثقفغعهخحجچ", "fgğıodrnhpqw", "uieaütirlyş",
)
