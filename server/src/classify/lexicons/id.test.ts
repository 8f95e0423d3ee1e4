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
