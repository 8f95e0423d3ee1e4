import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readsAs as reads } from '../../testing/support';

test('Indonesian lexicon: everyday marketing wording reads as marketing', () => {
  for (const body of [
    'Hai {{1}}, yuk belanja lagi! Stok menipis, jangan sampai kehabisan ya.',
    'Halo {{1}}, lama tak jumpa! Kami punya pilihan spesial untukmu di toko.',
    'Hai {{1}}, menu anyar sudah hadir. Yuk mampir dan cobain rasa baru kami.',
    'Halo {{1}}, barang yang kamu incar masih ada. Langsung checkout sekarang sebelum habis!',
    'Hai {{1}}, ajak sahabat dan dapatkan bonus poin untuk setiap teman yang bergabung.',
    'Halo {{1}}, selamat hari pelanggan! Terima kasih atas kesetiaan Anda selama ini.',
    'Hai {{1}}, ikuti survei singkat kami dan bantu kami meningkatkan layanan.',
    'Halo {{1}}, kami mengundang Anda ke open house hari Sabtu. Kursi terbatas.',
    'Hai {{1}}, follow instagram kami untuk info terbaru setiap minggu.',
    'Halo {{1}}, harga gila akhir tahun! Banting harga untuk semua produk.',
    'Hai {{1}}, kapan lagi dapat penawaran istimewa seperti ini? Segera klaim.',
    'Halo {{1}}, cabang baru kami resmi hadir di Bandung. Datang dan rasakan sensasinya.',
      'Halo {{1}}, ada slot kosong untuk kelas hari Sabtu. Siapa cepat dia dapat!',
    'Halo kak {{1}}, izin kirim info ya: ada kelas bahasa Inggris baru untuk pelajar SMA mulai bulan depan.',
  ]) assert.equal(reads('id', body), 'marketing', body);
});

test('Indonesian lexicon: service messages with look-alike wording stay utility', () => {
  for (const body of [
    'Halo {{1}}, penggantian gratis perangkat Anda sudah disetujui. Silakan ambil di toko.',
    'Halo {{1}}, jangan lewatkan jadwal vaksin Anda besok pukul 09.00.',
    'Halo {{1}}, uji coba gratis berakhir besok. Setelah itu langganan bulanan akan aktif.',
    'Halo {{1}}, reschedule gratis untuk penerbangan Anda telah diproses.',
    'Halo {{1}}, potongan gaji untuk cicilan bulan ini sebesar Rp500.000 telah diproses.',
    'Halo {{1}}, teknisi kami akan segera hadir di alamat Anda hari ini.',
  ]) assert.equal(reads('id', body), 'utility', body);
});

test('Indonesian lexicon: a sales follow-up or pitch to a prospect reads as marketing; following up the customer\'s own request does not', () => {
  for (const body of [
    'Halo Bapak/Ibu {{1}}, apakah sudah sempat mempelajari proposal yang kami kirimkan minggu lalu? Kami siap menjawab pertanyaan Anda.',
    'Selamat siang {{1}}, perkenalkan saya {{2}} dari {{3}}. Kami membantu bisnis seperti milik Anda meningkatkan omzet lewat WhatsApp. Boleh minta waktunya 15 menit minggu ini?',
    'Hai Kak {{1}}, kemarin sempat tanya soal paket {{2}} ya. Gimana kak, jadi ambil? Kalau masih ada yang bingung, tanya aja.',
    'Halo {{1}}, menindaklanjuti pembicaraan kita kemarin, apakah Bapak sudah memutuskan paket yang paling sesuai?',
    'Halo {{1}}, kami dari {{2}} ingin menawarkan kerja sama untuk kebutuhan seragam kantor Anda. Konsultasi tanpa kewajiban membeli.',
    'Selamat siang Bapak/Ibu {{1}}, kami dari {{2}} yang bergerak di bidang software akuntansi. Apakah Bapak/Ibu ada waktu 15 menit minggu ini untuk presentasi singkat?',
    'Hai Kak {{1}}! Masih minat sama paket wedding {{2}}? Ditunggu kabar baiknya ya kak 🙏',
    'Halo Kak {{1}}, masih cari rumah di daerah {{2}}? Ada unit baru nih yang cocok, boleh aku kirim detailnya?',
    'Hai Kak {{1}}, udah sempet liat katalog yang aku kirim kemarin? Kalau tertarik, langsung balas chat ini ya.',
    'Dengan hormat Bapak/Ibu {{1}}, kami menawarkan solusi HRIS untuk perusahaan seperti milik Anda. Jadwalkan demo gratis, tanpa ikatan kontrak.',
  ]) assert.equal(reads('id', body), 'marketing', body);
  for (const body of [
    'Halo {{1}}, kami masih mencari unit pengganti untuk perangkat Anda yang sedang diperbaiki.',
    'Halo {{1}}, menindaklanjuti laporan Anda, teknisi kami akan datang besok pukul 10.00.',
    'Halo {{1}}, penawaran harga yang Anda minta untuk perbaikan atap sudah kami kirim ke email Anda.',
    'Halo Kak {{1}}, kemarin sempat tanya soal status pengembalian dana ya. Dananya sudah masuk hari ini.',
    'Halo {{1}}, kami ingin menawarkan kompensasi atas keterlambatan pengiriman pesanan Anda.',
    'Halo {{1}}, pembatalan langganan Anda sudah diproses tanpa kewajiban membayar biaya tambahan.',
  ]) assert.equal(reads('id', body), 'utility', body);
});
