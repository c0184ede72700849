import { describe, expect, it } from 'vitest';
import { foldAccents } from '../../../src/model';
import { headerKey } from '../../../src/formats/headerMatch';
import { foldName } from '../../../src/templates/metricPresets';

describe('foldAccents: how names typed by people are compared', () => {
  it('drops case and accents, and nothing else', () => {
    expect(foldAccents('Satisfacción')).toBe('satisfaccion');
    expect(foldAccents('AÑADIR Punto')).toBe('anadir punto');
    expect(foldAccents('Über-Straße  (1–10)')).toBe('uber-straße  (1–10)');
  });

  it('is the rule under header keys and metric names', () => {
    expect(headerKey('SATISFACCIÓN [%]')).toBe(headerKey('satisfaccion'));
    expect(foldName('Tasa_de  conversión')).toBe('tasa de conversion');
  });
});
