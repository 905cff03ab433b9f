// Phrases that mark boilerplate, per language (data, not code: adding a language is adding rows).
// Matching is case-insensitive on whitespace-folded text. Languages: id, ms, en first; then de, fr, es, pt, nl, it,
// tr, vi, tl.
export type PhraseTable = Readonly<Record<string, readonly string[]>>;

/** A block whose whole text is one of these labels an ad slot. */
export const adLabels: PhraseTable = {
  id: ['iklan', 'advertisement', 'ads', 'konten sponsor', 'sponsored'],
  ms: ['iklan', 'pengiklanan', 'tajaan'],
  en: ['advertisement', 'advertisements', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content',
    'promoted', 'paid post', 'partner content', 'ad feedback', 'report this ad'],
  de: ['anzeige', 'werbung', 'gesponsert'],
  fr: ['publicité', 'pub', 'sponsorisé', 'contenu sponsorisé'],
  es: ['publicidad', 'anuncio', 'patrocinado', 'contenido patrocinado'],
  pt: ['publicidade', 'anúncio', 'patrocinado'],
  nl: ['advertentie', 'gesponsord'],
  it: ['pubblicità', 'sponsorizzato'],
  tr: ['reklam', 'sponsorlu'],
  vi: ['quảng cáo'],
  tl: ['patalastas', 'anunsiyo'],
};

/** "Scroll to continue" blocks between ads and the text (the whole block says only this). */
export const interstitials: PhraseTable = {
  id: ['scroll to resume content', 'scroll to continue with content', 'lanjutkan membaca', 'lanjutkan scroll',
    'scroll untuk melanjutkan', 'gulir untuk melanjutkan', 'lanjut membaca', 'artikel berlanjut di bawah'],
  ms: ['teruskan membaca', 'tatal untuk meneruskan', 'artikel bersambung di bawah'],
  en: ['scroll to resume content', 'scroll to continue with content', 'story continues below advertisement',
    'story continues below', 'continue reading below', 'article continues below', 'content continues below',
    'article continues after advertisement', 'continue reading the main story', 'advertisement - scroll to continue',
    'scroll down to continue reading'],
  de: ['weiterlesen nach der anzeige', 'artikel wird unter der anzeige fortgesetzt', 'lesen sie nach der anzeige weiter',
    'artikel wird unterhalb fortgesetzt'],
  fr: ['la suite après cette publicité', 'la suite après la publicité', "l'article continue ci-dessous"],
  es: ['la noticia continúa debajo', 'continúa después de la publicidad', 'sigue leyendo debajo'],
  pt: ['continua após a publicidade', 'continua depois da publicidade'],
  nl: ['lees verder na de advertentie', 'het artikel gaat verder onder de advertentie'],
  it: ['continua a leggere dopo la pubblicità', "l'articolo continua sotto"],
  tr: ['haberin devamı reklamın altında', 'okumaya devam et'],
  vi: ['tiếp tục đọc bên dưới'],
  tl: ['magpatuloy sa pagbasa'],
};

/** Inline "read also" links: a block starting with one of these, followed by a link or a separator. */
export const readAlso: PhraseTable = {
  id: ['baca juga', 'baca pula', 'lihat juga', 'simak juga', 'tonton juga', 'baca selengkapnya', 'baca lainnya',
    'artikel terkait', 'berita terkait', 'baca artikel', 'lihat video', 'simak video', 'saksikan juga', 'cek juga'],
  ms: ['baca juga', 'baca lagi', 'artikel berkaitan', 'berita berkaitan', 'lihat juga'],
  en: ['read also', 'also read', 'read more', 'related', 'see also', 'related articles', 'related stories',
    'related story', 'related content', 'more on this', 'more on this story', 'recommended', 'watch also',
    'also see', 'also on', 'you may also like', 'you might also like', 'must read', 'don’t miss', "don't miss"],
  de: ['lesen sie auch', 'lesen sie mehr', 'lesen sie mehr zum thema', 'mehr zum thema', 'auch interessant',
    'das könnte sie auch interessieren', 'weitere artikel', 'zum thema', 'passend dazu', 'siehe auch', 'mehr dazu'],
  fr: ['à lire aussi', 'a lire aussi', 'lire aussi', 'voir aussi', 'à voir aussi', 'sur le même sujet', 'lire la suite',
    'à lire également'],
  es: ['lee también', 'lea también', 'te puede interesar', 'leer más', 'relacionado', 'noticias relacionadas',
    'para saber más', 'más información', 'también te puede interesar', 'ver también'],
  pt: ['leia também', 'veja também', 'leia mais', 'saiba mais', 'relacionadas'],
  nl: ['lees ook', 'lees meer', 'meer over dit onderwerp', 'zie ook'],
  it: ['leggi anche', 'potrebbe interessarti', 'vedi anche', 'leggi tutto'],
  tr: ['ayrıca okuyun', 'ilgili haberler', 'bunlar da ilginizi çekebilir', 'ilginizi çekebilir'],
  vi: ['xem thêm', 'đọc thêm', 'tin liên quan'],
  tl: ['basahin din', 'basahin', 'kaugnay na balita'],
};

/** Headings of related / trending / most-read / tag lists (the heading and the link list under it go). */
export const listHeadings: PhraseTable = {
  id: ['berita terkait', 'berita terbaru', 'berita lainnya', 'terpopuler', 'populer', 'trending', 'terkini',
    'rekomendasi', 'pilihan redaksi', 'topik', 'tag', 'tags', 'topik terkait', 'artikel lainnya', 'video terkait'],
  ms: ['berita berkaitan', 'terkini', 'paling popular', 'tag'],
  en: ['related', 'related topics', 'related news', 'trending', 'trending now', 'most read', 'most popular',
    'latest news', 'more stories', 'more from', 'top stories', 'tags', 'topics', 'you may also like',
    'recommended for you', 'popular', 'editor’s picks', "editor's picks"],
  de: ['mehr zum thema', 'lesen sie mehr zum thema', 'meistgelesen', 'beliebt', 'das könnte sie auch interessieren',
    'schlagwörter', 'themen', 'weitere artikel', 'neueste artikel'],
  fr: ['sur le même sujet', 'les plus lus', 'à lire aussi', 'mots-clés', 'tendances', 'dans la même rubrique'],
  es: ['noticias relacionadas', 'lo más leído', 'más leídas', 'etiquetas', 'temas', 'para saber más', 'lee también'],
  pt: ['notícias relacionadas', 'mais lidas', 'tags', 'veja também'],
  nl: ['meest gelezen', 'gerelateerd', 'tags', 'lees ook'],
  it: ['più letti', 'articoli correlati', 'tag', 'leggi anche'],
  tr: ['etiketler', 'ilgili haberler', 'en çok okunanlar', 'son dakika'],
  vi: ['tin liên quan', 'đọc nhiều', 'tin mới'],
  tl: ['kaugnay na balita', 'pinakabagong balita'],
};

/** Labels of share bars: one of these (with nothing but share targets around it) is a share bar. */
export const shareLabels: PhraseTable = {
  id: ['bagikan', 'bagikan artikel', 'bagikan berita', 'salin link', 'salin tautan', 'url berhasil dicopy',
    'link berhasil disalin', 'link berhasil dicopy'],
  ms: ['kongsi', 'kongsi artikel', 'salin pautan'],
  en: ['share', 'share this', 'share this article', 'share this story', 'share on', 'copy link', 'link copied', 'share article'],
  de: ['teilen', 'artikel teilen', 'diesen artikel teilen', 'link kopieren'],
  fr: ['partager', 'partager cet article', 'copier le lien'],
  es: ['compartir', 'compartir en', 'copiar enlace'],
  pt: ['compartilhar', 'partilhar', 'copiar link'],
  nl: ['delen', 'deel dit artikel', 'kopieer link'],
  it: ['condividi', 'copia link'],
  tr: ['paylaş', 'linki kopyala'],
  vi: ['chia sẻ', 'sao chép liên kết'],
  tl: ['ibahagi', 'i-share'],
};

/** Targets of share bars (networks and actions): two or more of these alone make a share bar. */
export const shareTargets: PhraseTable = {
  id: ['salin', 'tautan', 'cetak', 'komentar', 'simpan'],
  en: ['facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'line', 'linkedin', 'email', 'e-mail', 'mail', 'copy',
    'link', 'print', 'pinterest', 'reddit', 'messenger', 'flipboard', 'tweet', 'save', 'comments', 'comment',
    'threads', 'bluesky', 'tumblr', 'pin', 'sms'],
  de: ['drucken', 'senden', 'zitieren', 'merken', 'kommentare'],
  fr: ['imprimer', 'envoyer'],
  es: ['imprimir', 'enviar'],
  nl: ['printen'],
  it: ['stampa'],
  tr: ['yazdır'],
};

/** Follow / subscribe / app promos: a short block containing one of these and a link, button or form. */
export const promos: PhraseTable = {
  id: ['saluran whatsapp', 'whatsapp channel', 'google news', 'ikuti kami', 'ikuti berita', 'follow kami',
    'dapatkan update', 'dapatkan berita', 'download aplikasi', 'unduh aplikasi', 'berlangganan', 'gabung sekarang',
    'klik di sini untuk', 'update berita terkini'],
  ms: ['ikuti kami', 'saluran whatsapp', 'muat turun aplikasi', 'langgan'],
  en: ['sign up for', 'newsletter', 'subscribe to', 'subscribe now', 'follow us', 'get daily', 'delivered to your inbox',
    'download the app', 'get the app', 'click here to get', 'whatsapp channel', 'google news', 'join our',
    'support our journalism', 'become a member', 'unlimited access', 'to continue reading', 'already a subscriber',
    'by signing up', 'sign up now', 'weekly digest', 'already have an account', 'unlock this article',
    'this article is exclusive to', 'subscribe to continue', 'log in to continue reading'],
  de: ['newsletter', 'jetzt abonnieren', 'jetzt unterstützen', 'folgen sie uns', 'jetzt anmelden', 'abo abschließen',
    'jederzeit wieder abmelden', 'app herunterladen', 'whatsapp-kanal'],
  fr: ['inscrivez-vous', 'newsletter', 'abonnez-vous', 'suivez-nous', 'téléchargez l’application'],
  es: ['suscríbete', 'boletín', 'síguenos', 'descarga la app', 'newsletter'],
  pt: ['assine', 'inscreva-se', 'siga-nos', 'newsletter'],
  nl: ['nieuwsbrief', 'abonneer', 'volg ons'],
  it: ['iscriviti', 'newsletter', 'seguici', 'abbonati'],
  tr: ['abone ol', 'bizi takip edin', 'bülten'],
  vi: ['đăng ký nhận', 'theo dõi chúng tôi'],
  tl: ['mag-subscribe', 'sundan kami'],
};

/** Notices about the reader's own browser, not the article: ad-blocker warnings and "show external content" consent
 * placeholders left where an embed would load (the short box holding one goes). */
export const setupNotices: PhraseTable = {
  id: ['nonaktifkan adblock', 'matikan adblock', 'nonaktifkan ad blocker', 'tampilkan konten eksternal'],
  en: ['ad blocker is enabled', 'disable your ad blocker', 'turn off your ad blocker', 'whitelist our site',
    'show external content', 'load external content', 'agree to the display of external content'],
  de: ['werbeblocker deaktivieren', 'adblocker deaktivieren', 'externen inhalt anzeigen', 'externe inhalte anzeigen',
    'externer inhalt angezeigt wird'],
  fr: ['désactivez votre bloqueur de publicité', 'afficher le contenu externe'],
  es: ['desactiva tu bloqueador de anuncios', 'mostrar contenido externo'],
  nl: ['schakel je adblocker uit', 'externe inhoud tonen'],
  it: ['disattiva il tuo adblock', 'mostra contenuto esterno'],
};

/** "Penulis: …" lines: labels whose value becomes the byline (first label of the list wins). */
export const creditLabels: PhraseTable = {
  id: ['penulis', 'reporter', 'pewarta', 'wartawan', 'kontributor', 'editor', 'penyunting', 'redaktur'],
  ms: ['penulis', 'oleh', 'wartawan', 'editor'],
  en: ['author', 'written by', 'reporter', 'reporting by', 'writer', 'editor', 'edited by'],
  de: ['autor', 'autorin', 'redaktion', 'text'],
  fr: ['auteur', 'rédaction', 'par'],
  es: ['autor', 'redacción', 'por'],
  pt: ['autor', 'redação', 'por'],
  nl: ['auteur', 'redactie', 'door'],
  it: ['autore', 'redazione', 'di'],
  tr: ['yazar', 'muhabir', 'editör'],
  vi: ['tác giả', 'phóng viên', 'biên tập'],
  tl: ['may-akda', 'ulat ni'],
};

/** "By Jane Doe" prefixes of by-lines. */
export const byPrefixes: PhraseTable = {
  id: ['oleh', 'laporan'], ms: ['oleh'], en: ['by', 'words by'], de: ['von'], fr: ['par'], es: ['por'], pt: ['por'],
  nl: ['door'], it: ['di'], tr: ['yazan'], vi: ['bởi'], tl: ['ni', 'ulat ni'],
};

/** Labels of photo credits ("Photo: Reuters", "Foto: Ari Saputra/detikcom"): a short block of its own that is only a
 * credit goes, the caption beside it stays. */
export const photoCreditLabels: PhraseTable = {
  id: ['foto', 'sumber foto', 'sumber gambar', 'kredit foto', 'ilustrasi', 'foto ilustrasi', 'gambar'],
  ms: ['foto', 'gambar', 'sumber foto', 'kredit foto'],
  en: ['photo', 'photos', 'photo credit', 'photo credits', 'photograph', 'image', 'image credit', 'image credits',
    'image source', 'picture', 'credit', 'credits', 'illustration', 'photo by', 'photos by', 'image by', 'image via',
    'photo via', 'courtesy of', 'photo courtesy of', 'image courtesy of'],
  de: ['foto', 'fotos', 'bild', 'bildquelle', 'quelle'], fr: ['photo', 'crédit photo', 'crédit', 'illustration'],
  es: ['foto', 'fotografía', 'imagen', 'crédito'], pt: ['foto', 'imagem', 'crédito'], nl: ['foto', 'beeld'],
  it: ['foto', 'immagine', 'credito'], tr: ['fotoğraf', 'görsel'], vi: ['ảnh', 'nguồn ảnh'], tl: ['larawan', 'kuha ni'],
};

/** A note about the writer at the article's end ("*) Penulis adalah dosen …"): the whole block goes. */
export const authorNotes: PhraseTable = {
  id: ['penulis adalah', 'penulis merupakan', 'penulis ialah'], ms: ['penulis ialah', 'penulis adalah'],
  en: ['the author is', 'the writer is', 'the author was'], de: ['der autor ist', 'die autorin ist'],
  fr: ["l'auteur est", 'l’auteur est', "l'autrice est"], es: ['el autor es', 'la autora es'], pt: ['o autor é', 'a autora é'],
  nl: ['de auteur is', 'de schrijver is'], it: ["l'autore è", 'l’autore è'], vi: ['tác giả là'],
  tl: ['ang may-akda ay'],
};

/** Whole-block leftovers of embeds and sign-offs: "[Gambas:Video 20detik]", "(fby/sfr)" editor initials. */
export const leftoverPatterns: readonly RegExp[] = [
  /^\[(?:gambas|embed|video|baca juga|iklan|ads?)\b[^\]]{0,80}\]$/,
  /^\((?:[a-z]{2,5}\/){1,3}[a-z]{2,5}\)$/,
];

/** Every phrase of a table, longest first (so "baca juga" wins over "baca"). */
export function allPhrases(table: PhraseTable): string[] {
  const set = new Set<string>();
  for (const list of Object.values(table)) for (const p of list) set.add(p.toLowerCase());
  return [...set].sort((a, b) => b.length - a.length);
}
