// Words of visible datelines ("Kamis, 5 Februari 2026 - 15:04 WIB", "Stand: 26.04.2024, 20:44 Uhr", "3 hours ago"),
// per language: a short line made only of these and numbers repeats the article's date and is dropped from the body.
import type { PhraseTable } from './phrases';

export const dateWords: PhraseTable = {
  id: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'januari', 'februari', 'maret', 'april',
    'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember', 'agu', 'okt', 'des', 'wib', 'wita',
    'wit', 'diperbarui', 'dipublikasikan', 'diterbitkan', 'terbit', 'pukul', 'jam', 'lalu', 'menit', 'hari', 'update'],
  ms: ['isnin', 'khamis', 'jumaat', 'ahad', 'januari', 'mac', 'julai', 'ogos', 'disember', 'myt', 'dikemas kini'],
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri',
    'sat', 'sun', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'bst', 'est', 'edt', 'pst', 'pdt', 'cet', 'cest', 'ist', 'published',
    'updated', 'last updated', 'posted', 'on', 'at', 'ago', 'hour', 'hours', 'min', 'mins', 'minutes', 'day', 'days',
    'yesterday', 'today', 'hrs'],
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr',
    'sa', 'so', 'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'uhr', 'stand',
    'aktualisiert', 'veröffentlicht', 'am', 'um', 'vor', 'stunden', 'minuten'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril',
    'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'publié', 'mis à jour', 'le', 'à', 'h'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'enero', 'febrero', 'marzo', 'abril',
    'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'actualizado', 'de', 'a las'],
  pt: ['segunda-feira', 'terça-feira', 'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro',
    'novembro', 'dezembro', 'atualizado', 'em', 'às'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'januari', 'maart', 'mei',
    'juni', 'juli', 'augustus', 'oktober', 'bijgewerkt', 'om'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'gennaio', 'febbraio', 'marzo',
    'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre', 'aggiornato',
    'modifica il', 'ore'],
  tr: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık',
    'güncelleme', 'yayınlanma'],
  vi: ['thứ', 'tháng', 'ngày', 'cập nhật'],
  tl: ['enero', 'pebrero', 'marso', 'abril', 'mayo', 'hunyo', 'hulyo', 'agosto', 'setyembre', 'oktubre', 'nobyembre',
    'disyembre'],
};

/** "3 Min Lesezeit", "5 min read", "Waktu baca 4 menit". */
export const READING_TIME = /^(?:\d+\s*(?:min(?:ute)?s?|menit|minuten?|minit)\.?\s*(?:read|baca|lesezeit|lesen|de lecture|de lectura|leestijd|di lettura|bacaan)|(?:lesezeit|reading time|waktu baca|temps de lecture|tiempo de lectura)\s*:?\s*\d+\s*\w*)$/u;
